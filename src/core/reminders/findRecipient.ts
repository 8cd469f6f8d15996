/**
 * The customer a user typed to preview a mail for, as they would type it: the ID or the email,
 * else the name as written (王芳, amy lee), else a name that holds what was typed (芳).
 */
interface Findable {
  readonly key: string;
  readonly name: string;
  readonly email: string;
}

export function findRecipient<R extends Findable>(
  recipients: readonly R[],
  typed: string,
): R | undefined {
  const t = typed.trim().toLowerCase();
  if (!t) return undefined;
  return (
    recipients.find((r) => r.key.toLowerCase() === t || r.email.toLowerCase() === t) ??
    recipients.find((r) => r.name.trim().toLowerCase() === t) ??
    recipients.find((r) => r.name.toLowerCase().includes(t))
  );
}
