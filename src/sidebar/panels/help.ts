/**
 * Help: which SheetCare this is and what changed, the ideas behind the figures, the menu and
 * the formulas, and the user's data: the privacy policy and the terms (from the add-on itself,
 * and the hosted pages once the publisher has a site) and where support is.
 */
import { PUBLISHER, pageUrl, SitePage } from '../../shared/publisher';
import { CHANGES, Change, latestRelease } from '../../words/changes';
import { HELP, LEGAL, PolicyPage } from '../../words/publishing';
import { h } from '../dom';
import { session, w } from '../session';

const changeList = (changes: readonly Change[]) =>
  h('ul', { class: 'changes' }, ...changes.map((c) => h('li', {}, c[session.lang])));

function policy(id: SitePage, summary: string, page: PolicyPage): HTMLElement {
  const url = pageUrl(PUBLISHER, id, session.lang);
  return h(
    'details',
    { id: `help-${id}` },
    h('summary', {}, summary),
    h('h3', {}, page.title),
    h('p', { class: 'sub' }, `${page.updatedLabel}${w().colon}${page.updated}`),
    ...page.sections.flatMap((s) => [
      h('h4', {}, s.heading),
      ...s.paragraphs.map((p) => h('p', {}, p)),
    ]),
    url
      ? h(
          'p',
          {},
          `${HELP[session.lang].hostedAt}${w().colon}`,
          h('a', { href: url, target: '_blank', rel: 'noopener' }, url),
        )
      : null,
  );
}

export function helpPanel(): HTMLElement {
  const hw = HELP[session.lang];
  const legal = LEGAL[session.lang];
  const latest = latestRelease();
  const unreleased = CHANGES.unreleased;
  const email = PUBLISHER.supportEmail;
  const contact = email ?? legal.contactOnListing;
  const i = w().ideas;
  return h(
    'div',
    { id: 'help' },
    h(
      'p',
      { id: 'help-version', class: 'version' },
      latest && unreleased.length === 0
        ? hw.version(latest.version, latest.date)
        : hw.development(latest?.version ?? null),
    ),
    h('h2', {}, hw.whatChanged),
    unreleased.length ? h('h3', {}, hw.notYetReleased) : null,
    unreleased.length ? changeList(unreleased) : null,
    latest ? h('h3', {}, hw.version(latest.version, latest.date)) : null,
    latest ? changeList(latest.changes) : null,
    h('h2', {}, hw.ideas),
    ...[i.abc, i.value, i.rfm, i.status, i.index, i.more].map((t) => h('p', {}, t)),
    h('h2', {}, hw.menuAndFormulas),
    h('p', { class: 'help-text' }, w().help),
    h('h2', {}, hw.aboutData),
    policy('privacy', hw.privacy, legal.privacy(PUBLISHER.name[session.lang], contact)),
    policy('terms', hw.terms, legal.terms(PUBLISHER.name[session.lang], contact)),
    h(
      'p',
      { id: 'help-support' },
      `${hw.support}${w().colon}`,
      email ? h('a', { href: `mailto:${email}`, target: '_blank' }, email) : hw.supportOnListing,
    ),
  );
}
