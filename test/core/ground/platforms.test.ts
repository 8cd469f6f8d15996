import { describe, expect, it } from 'vitest';
import {
  detectPlatform,
  platformById,
  REGISTER,
  statusRule,
} from '../../../src/core/ground/platforms';

describe('platforms', () => {
  it('detects each export by its signature, else the plain register', () => {
    expect(detectPlatform(['订单编号', '买家会员名', '买家实际支付金额']).id).toBe('tmall');
    expect(detectPlatform(['订单号', '下单帐号', '应付金额']).id).toBe('jd');
    expect(detectPlatform(['订单号', '用户实付金额(元)']).id).toBe('pinduoduo');
    expect(detectPlatform(['主订单编号', '子订单编号', '订单应付金额']).id).toBe('douyin');
    expect(detectPlatform(['order_id', 'status', 'order_total', 'billing_email']).id).toBe(
      'woocommerce',
    );
    expect(detectPlatform(['客户ID', '成交金额']).id).toBe('register');
  });

  it('knows which statuses are sales, on the platform and in common words, any case or spacing', () => {
    const tmall = platformById('tmall');
    expect(statusRule(tmall, '交易成功')).toBe('sale');
    expect(statusRule(tmall, '买家已付款, 等待卖家发货')).toBe('sale');
    expect(statusRule(tmall, '交易关闭')).toBe('notSale');
    // Awaiting payment is not a sale yet, and no problem either.
    expect(statusRule(tmall, '等待买家付款')).toBe('unpaid');
    expect(statusRule(platformById('shopify'), 'Pending')).toBe('unpaid');
    expect(statusRule(REGISTER, '待付款')).toBe('unpaid');
    expect(statusRule(REGISTER, ' Cancelled ')).toBe('notSale');
    expect(statusRule(REGISTER, 'PAID')).toBe('sale');
    expect(statusRule(REGISTER, 'awaiting pickup')).toBeUndefined();
  });
});
