import { describe, expect, it } from 'vitest';
import { isNeverSite, pageKey, siteOf } from '../../../lib/autolog/site';

describe('pageKey', () => {
  it('ignores query, fragment, host case and a trailing slash', () => {
    const key = pageKey('https://www.acme.com/contact');
    expect(pageKey('https://WWW.Acme.com/contact/?utm=1#form')).toBe(key);
    expect(pageKey('https://www.acme.com/contact?session=abc')).toBe(key);
  });

  it('keeps scheme, port and path apart', () => {
    expect(pageKey('http://www.acme.com/contact')).not.toBe(pageKey('https://www.acme.com/contact'));
    expect(pageKey('https://www.acme.com:8443/contact')).not.toBe(pageKey('https://www.acme.com/contact'));
    expect(pageKey('https://www.acme.com/help')).not.toBe(pageKey('https://www.acme.com/contact'));
  });

  it('has no key for non-web URLs', () => {
    expect(pageKey('data:text/html,hi')).toBeUndefined();
    expect(pageKey('file:///etc/passwd')).toBeUndefined();
    expect(pageKey('not a url')).toBeUndefined();
  });
});

describe('siteOf', () => {
  it('is the registrable domain, public suffixes included', () => {
    expect(siteOf('https://support.example.co.uk/x')).toBe('example.co.uk');
    expect(siteOf('https://help.acme.com/')).toBe('acme.com');
  });

  it('falls back to the host where there is no registrable domain', () => {
    expect(siteOf('http://127.0.0.1:8080/')).toBe('127.0.0.1');
    expect(siteOf('http://localhost/')).toBe('localhost');
  });
});

describe('isNeverSite', () => {
  it('matches the registrable domain and every parent of the host', () => {
    expect(isNeverSite('https://help.shop.acme.com/contact', ['acme.com'])).toBe(true);
    expect(isNeverSite('https://help.shop.acme.com/contact', ['shop.acme.com'])).toBe(true);
    expect(isNeverSite('https://www.acme.co.uk/', ['ACME.co.uk '])).toBe(true);
  });

  it('does not match a different site that merely ends the same way', () => {
    expect(isNeverSite('https://notacme.com/contact', ['acme.com'])).toBe(false);
    expect(isNeverSite('https://acme.com/', ['help.acme.com'])).toBe(false);
    expect(isNeverSite('https://acme.com/', [])).toBe(false);
  });
});
