/**
 * A small shop for the reminder tests, through the built add-on in the stand-in. Dates are
 * Shanghai's; 2024-03-15 is a Friday.
 */
import { standings } from '../../local/ledgerView';
import { StandIn } from '../../local/runner';
import type { LastRunInfo } from '../../src/shared/api';

/** A Shanghai wall-clock time as the Date Sheets hands over. */
export const sh = (iso: string) => new Date(`${iso}+08:00`);
export const HEADERS = [
  '客户ID',
  '姓名',
  '邮箱',
  '手机',
  '商品名称',
  '成交金额',
  '成交时间',
  '生日',
];

/** Five customers who bought on Friday 8 March: a week later, on the 15th, follow-ups are due. */
export const ORDERS = [
  ['A', '王芳', 'amy@example.com', '', '婴儿奶粉', 300, sh('2024-03-08T10:00:00'), ''],
  [
    'B',
    '<img src=x onerror=alert(1)>',
    'bo@example.com',
    '',
    '婴儿湿巾',
    50,
    sh('2024-03-08T11:00:00'),
    '',
  ],
  [
    'C',
    '=HYPERLINK("http://x.example","点我")',
    '',
    '13800138000',
    '纸尿裤',
    80,
    sh('2024-03-08T12:00:00'),
    '',
  ],
  ['D', '{{shop}}', 'd@example', '', '儿童牙膏', 20, sh('2024-03-08T13:00:00'), ''],
  [
    'E',
    '李雷',
    'eve@example.com',
    '',
    '奶瓶',
    100,
    sh('2024-01-10T09:00:00'),
    sh('1990-03-15T00:00:00'),
  ],
];

export function shop(
  today = '2024-03-15T01:30:00Z',
  rules = ['follow-up', 'birthday'],
  orders: unknown[][] = ORDERS,
  mailQuota?: number,
  /** Sheets the shop had before setting reminders up. */
  prepare?: (s: StandIn) => void,
): StandIn {
  const s = new StandIn({
    locale: 'zh_CN',
    userLocale: 'zh_CN',
    timeZone: 'Asia/Shanghai',
    today,
    mailQuota,
  });
  s.spreadsheet._load('订单', [HEADERS, ...orders]);
  prepare?.(s);
  s.run('setUpReminders', { shop: '暖暖母婴' });
  for (const id of rules) s.run('setRuleOn', { id, on: true });
  return s;
}

export const sheet = (s: StandIn, name: string) =>
  s.spreadsheet._sheets.find((x) => x._name === name)!;
export const rowsOf = (s: StandIn, name: string) =>
  sheet(s, name).getDataRange().getValues().slice(1);
export const LOG = '发送记录 Send log';
/** Each key's standing in SheetCare's ledger, the record that decides (README). */
export function statuses(s: StandIn): Map<string, string> {
  return new Map([...standings(s.spreadsheet)].map(([k, v]) => [k, v.status]));
}
export const sentTo = (s: StandIn) => s.mail._sent.map((m) => m.to.join(','));
export const now = (s: StandIn): LastRunInfo => s.run('runRemindersNow') as LastRunInfo;

/** Eight buyers a week before the 15th, H the smallest spender and A the largest. */
export const EIGHT_BUYERS = ['H', 'G', 'F', 'E', 'D', 'C', 'B', 'A'].map((id, i) => [
  id,
  `客户${id}`,
  `${id.toLowerCase()}@example.com`,
  '',
  '奶粉',
  100 + i * 100,
  sh('2024-03-08T10:00:00'),
  '',
]);
