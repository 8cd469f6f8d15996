import { describe, expect, it } from 'vitest';
import { exportedShopName, shopColumn } from '../../../src/core/ground/shopName';

describe("the shop's name from its export", () => {
  it('finds the column as Tmall, a register and an English export head it', () => {
    expect(shopColumn(['订单编号', '店铺Id', '店铺名称', '订单关闭原因'])).toBe(2);
    expect(shopColumn(['Order', 'Store Name'])).toBe(1);
    expect(shopColumn(['客户ID', '成交金额'])).toBeUndefined();
    // 店铺Id is the shop's number, never its name.
    expect(shopColumn(['店铺Id'])).toBeUndefined();
  });

  it('takes the name most lines give, skipping blank later line items', () => {
    const rows = [
      ['', 1],
      ['小宝贝母婴旗舰店 ', 2],
      [null, 3],
      ['小宝贝母婴旗舰店', 4],
      ['分店', 5],
    ];
    expect(exportedShopName(['店铺名称', '金额'], rows)).toBe('小宝贝母婴旗舰店');
    expect(exportedShopName(['店铺名称', '金额'], [['', 1]])).toBe('');
    expect(exportedShopName(['客户', '金额'], rows)).toBe('');
  });

  it('takes the first seen on a tie, whatever follows', () => {
    expect(exportedShopName(['shop'], [['B'], ['A'], ['A'], ['B']])).toBe('B');
  });
});
