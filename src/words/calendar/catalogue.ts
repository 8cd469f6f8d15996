/** The words of the festival calendar: the festivals' names and the festival formula's errors. */
import type { Festival } from '../../core/calendar/holidays';

export interface CalendarWords {
  readonly festivals: Readonly<Record<Festival, string>>;

  readonly errors: {
    readonly unknownFestival: (name: string, known: string) => string;
    readonly festivalYear: (value: string, first: number, last: number) => string;
  };
}
