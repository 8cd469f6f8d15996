import { describe, expect, it } from 'vitest';
import { findRecipient } from '../../../src/core/reminders/findRecipient';

const people = [
  { key: 'c001', name: '王芳', email: 'Fang@Example.com' },
  { key: 'amy.lee@example.com', name: 'Amy Lee', email: 'Amy.Lee@example.com' },
  { key: 'c003', name: '王芳芳', email: '' },
  { key: 'c004', name: 'Lee', email: '' },
];
const find = (typed: string) => findRecipient(people, typed)?.key;

describe('the customer a user types to preview a mail for', () => {
  it('is found by ID or email in any case, then by name as written, then by part of a name', () => {
    expect(find('C001')).toBe('c001');
    expect(find(' fang@example.COM ')).toBe('c001');
    expect(find('AMY.LEE@EXAMPLE.COM')).toBe('amy.lee@example.com');
    // The whole name first: 王芳 is c001 even though 王芳芳 holds it too; Lee is c004.
    expect(find('王芳')).toBe('c001');
    expect(find('王芳芳')).toBe('c003');
    expect(find('lee')).toBe('c004');
    expect(find('amy')).toBe('amy.lee@example.com');
    expect(find('芳芳')).toBe('c003');
    expect(find('nobody')).toBeUndefined();
    expect(find('  ')).toBeUndefined();
  });
});
