/**
 * The one HTML layout every reminder wears: the shop's name at the top, the message, a clear
 * button for the mail's one link (the activity, or the customer's survey), and the way to stop
 * at the foot. Tables and inline styles, as mail programs read them; no image, font or style
 * sheet from anywhere (a mail that loads nothing tells nobody it was opened), and one column
 * that a phone shows without scrolling sideways.
 */
import { escapeHtml } from './templates';

export interface Layout {
  readonly lang: 'zh' | 'en';
  readonly shop: string;
  /** The message, already HTML (renderHtml). */
  readonly content: string;
  /** The button: its words and a checked http(s) address. */
  readonly button?: { readonly label: string; readonly href: string };
  /** The foot, already HTML: the unsubscribe line, where the body did not place it. */
  readonly foot: string;
}

const FONT =
  "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif";

export function mailLayout(l: Layout): string {
  const button = l.button
    ? `<tr><td style="padding:8px 24px 24px"><a href="${escapeHtml(l.button.href)}" style="display:inline-block;background:#1a73e8;color:#ffffff;text-decoration:none;font-weight:600;font-size:16px;line-height:20px;padding:12px 24px;border-radius:6px">${escapeHtml(l.button.label)}</a></td></tr>`
    : '';
  const foot = l.foot
    ? `<tr><td style="padding:16px 24px;border-top:1px solid #e6e6e6;color:#6b6b6b;font-size:12px;line-height:18px;word-break:break-all">${l.foot}</td></tr>`
    : '';
  return [
    `<!doctype html><html lang="${l.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1"></head>',
    `<body style="margin:0;padding:0;background:#f4f4f4;font-family:${FONT}">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center" style="padding:16px 8px">',
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:#ffffff;border-radius:8px">',
    `<tr><td style="padding:20px 24px 12px;font-size:20px;line-height:28px;font-weight:700;color:#202124;border-bottom:1px solid #e6e6e6">${escapeHtml(l.shop)}</td></tr>`,
    `<tr><td style="padding:20px 24px;font-size:16px;line-height:26px;color:#202124;overflow-wrap:anywhere;word-break:break-word">${l.content}</td></tr>`,
    button,
    foot,
    '</table></td></tr></table></body></html>',
  ].join('\n');
}
