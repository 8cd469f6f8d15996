import { describe, expect, it } from 'vitest';
import {
  escapeHtml,
  isTemplate,
  parseTemplate,
  renderHtml,
  renderText,
  Template,
} from '../../../src/core/reminders/templates';

const t = (source: string): Template => {
  const parsed = parseTemplate(source);
  if (!isTemplate(parsed)) throw new Error(`not a template: ${JSON.stringify(parsed)}`);
  return parsed;
};

describe('templates', () => {
  it('puts each value in once, never reading a value as a template', () => {
    const tpl = t('{{name}}，您好！{{shop}}祝您{{holiday}}快乐');
    expect(renderText(tpl, { name: '{{shop}}', shop: '宝贝屋', holiday: '春节' })).toBe(
      '{{shop}}，您好！宝贝屋祝您春节快乐',
    );
    expect([...tpl.uses].sort()).toEqual(['holiday', 'name', 'shop']);
  });

  it('takes spaces inside the braces', () => {
    expect(renderText(t('Dear {{ name }}'), { name: 'Amy' })).toBe('Dear Amy');
  });

  it('shows a section only when its value exists, and nests sections', () => {
    const tpl = t('A{{#activity}} and {{activity}}{{#link}} at {{link}}{{/link}}{{/activity}}.');
    expect(renderText(tpl, {})).toBe('A.');
    expect(renderText(tpl, { activity: '618' })).toBe('A and 618.');
    expect(renderText(tpl, { activity: '618', link: 'https://x.example/' })).toBe(
      'A and 618 at https://x.example/.',
    );
  });

  it('names what is wrong: an unknown placeholder, a section left open, a stray close', () => {
    expect(parseTemplate('Hi {{nmae}}')).toEqual({ kind: 'unknown', placeholder: 'nmae' });
    expect(parseTemplate('{{#link}}x')).toEqual({ kind: 'unclosed', placeholder: 'link' });
    expect(parseTemplate('x{{/link}}')).toEqual({ kind: 'stray', placeholder: 'link' });
    expect(parseTemplate('{{#link}}x{{/activity}}')).toEqual({
      kind: 'stray',
      placeholder: 'activity',
    });
  });

  it('escapes the template and every value in HTML, keeps lines, and links only web addresses', () => {
    const tpl = t('<b>{{name}}</b>\n{{link}}\n{{unsubscribe}}');
    const html = renderHtml(tpl, {
      name: '<img src=x onerror=alert(1)>',
      link: 'javascript:alert(1)',
      unsubscribe: 'https://docs.google.com/forms/x?a=1&b=2',
    });
    expect(html).toBe(
      '&lt;b&gt;&lt;img src=x onerror=alert(1)&gt;&lt;/b&gt;<br>\n' +
        'javascript:alert(1)<br>\n' +
        '<a href="https://docs.google.com/forms/x?a=1&amp;b=2">https://docs.google.com/forms/x?a=1&amp;b=2</a>',
    );
  });

  it('shows an address with a quote in it as text, never as a link', () => {
    const html = renderHtml(t('{{link}}'), { link: 'https://x.example/"onmouseover="alert(1)' });
    expect(html).toBe('https://x.example/&quot;onmouseover=&quot;alert(1)');
  });

  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
