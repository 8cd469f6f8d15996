/** An email address as a mail can go to: one address, no display name, a dotted domain. */
export const EMAIL = /^[^\s@<>()",;:[\]\\]+@[^\s@<>()",;:[\]\\]+\.[^\s@<>()",;:[\]\\.]{2,}$/;

export const usableEmail = (email: string): boolean => EMAIL.test(email.trim());
