import { cleanup, render } from '@testing-library/react';
import Dexie from 'dexie';
import { IDBFactory, IDBIndex as FDBIndex, IDBKeyRange as FakeKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { CaseRow } from '../../../components/popup/CaseRow';
import { rememberCompanyNames, rememberedCompanyNames } from '../../../components/popup/first-cases/company-names';
import { caseRowElement, paintFirstCases } from '../../../components/popup/first-cases/paint';
import { readFirstOpenCases } from '../../../lib/data/first-open-cases';
import { wantsFirstCases } from '../../../components/popup/first-cases/wanted';
import { DB_NAME, PaperTrailDb, SCHEMA_V1 } from '../../../lib/db/database';
import { aCase } from '../db/records';

afterEach(cleanup);

/** A browser profile of its own: the database under its real name, in a factory no other test sees. */
function profile() {
  const factory = new IDBFactory();
  const db = new PaperTrailDb(DB_NAME, { indexedDB: factory, IDBKeyRange: FakeKeyRange });
  return { factory, db };
}

describe('the first open cases, read without Dexie', () => {
  it('returns what the home query returns: open cases only, most recent activity first, up to the limit', async () => {
    const { factory, db } = profile();
    const rows = [
      aCase({ title: 'old', lastActivityAt: 1_000 }),
      aCase({ title: 'newest', lastActivityAt: 9_000 }),
      aCase({ title: 'middle', lastActivityAt: 5_000 }),
      aCase({ title: 'resolved but recent', lastActivityAt: 10_000, status: 'resolved' }),
    ];
    await db.cases.bulkAdd(rows);
    const viaDexie = await db.cases
      .where('[status+lastActivityAt]')
      .between(['open', Dexie.minKey], ['open', Dexie.maxKey])
      .reverse()
      .limit(2)
      .toArray();
    db.close();
    const read = await readFirstOpenCases(2, factory);
    expect(read?.map((c) => c.title)).toEqual(['newest', 'middle']);
    expect(read).toEqual(viaDexie);
  });

  it('uses getAllRecords where the browser has it (one round trip), with the same answer', async () => {
    const { factory, db } = profile();
    await db.cases.bulkAdd([
      aCase({ title: 'a', lastActivityAt: 1 }),
      aCase({ title: 'c', lastActivityAt: 3 }),
      aCase({ title: 'b', lastActivityAt: 2 }),
    ]);
    db.close();
    // Chromium 141+'s method, stood in for by the index's own getAll: what matters is the request.
    const asked: { query: IDBKeyRange; count: number; direction: IDBCursorDirection }[] = [];
    const proto = FDBIndex.prototype as unknown as Record<string, unknown>;
    proto.getAllRecords = function (
      this: IDBIndex,
      options: { query: IDBKeyRange; count: number; direction: IDBCursorDirection },
    ) {
      asked.push(options);
      const request = this.getAll(options.query);
      const wrapped = { result: [] as { value: unknown }[], onsuccess: null as null | (() => void), onerror: null };
      request.onsuccess = () => {
        const values: unknown[] = request.result;
        wrapped.result = (options.direction === 'prev' ? values.reverse() : values)
          .slice(0, options.count)
          .map((value) => ({ value }));
        wrapped.onsuccess?.();
      };
      return wrapped;
    };
    try {
      expect((await readFirstOpenCases(2, factory))?.map((c) => c.title)).toEqual(['c', 'b']);
      expect(asked.map(({ count, direction }) => ({ count, direction }))).toEqual([{ count: 2, direction: 'prev' }]);
      expect(asked[0]?.query.lower).toEqual(['open', -Infinity]);
    } finally {
      delete proto.getAllRecords;
    }
  });

  it('leaves no database behind when there is none yet, so Dexie still creates it from scratch', async () => {
    const factory = new IDBFactory();
    expect(await readFirstOpenCases(30, factory)).toBeUndefined();
    expect(await factory.databases()).toEqual([]);
  });

  it('steps aside on a database from before the activity index, and Dexie then upgrades it', async () => {
    const factory = new IDBFactory();
    const v1 = new Dexie(DB_NAME, { indexedDB: factory, IDBKeyRange: FakeKeyRange });
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    expect(await readFirstOpenCases(30, factory)).toBeUndefined();
    const current = new PaperTrailDb(DB_NAME, { indexedDB: factory, IDBKeyRange: FakeKeyRange });
    await current.open();
    expect(current.verno).toBe(4);
    current.close();
  });

  it('closes its connection at once: a schema upgrade right after is not blocked', async () => {
    const { factory, db } = profile();
    await db.cases.add(aCase());
    db.close();
    await readFirstOpenCases(30, factory);
    const upgrade = await new Promise<string>((resolve) => {
      const request = factory.open(DB_NAME, 1000);
      request.onblocked = () => resolve('blocked');
      request.onsuccess = () => {
        request.result.close();
        resolve('opened');
      };
      request.onerror = () => resolve('error');
    });
    expect(upgrade).toBe('opened');
  });

  it('steps aside on a record it does not recognise', async () => {
    const { factory, db } = profile();
    await db.cases.add(aCase());
    await db.cases.add({ ...aCase(), title: 42 } as never);
    db.close();
    expect(await readFirstOpenCases(30, factory)).toBeUndefined();
  });
});

describe('painting them before React', () => {
  it('builds each row exactly as the home renders it before the row has read its records', () => {
    const item = aCase({ id: 'c1', companyId: 'acme', title: 'Refund <b>now</b>' });
    const untitled = aCase({ id: 'c2', companyId: 'acme', title: '  ' });
    for (const c of [item, untitled]) {
      const { container } = render(
        <ul>
          <CaseRow item={c} company="ACME & Co" now={2_000} />
        </ul>,
      );
      expect(caseRowElement(document, c, 'ACME & Co').outerHTML).toBe(container.querySelector('li')?.outerHTML);
      cleanup();
    }
  });

  it('puts the rows under the frame’s header with the list’s heading, names from the last popup, and marks the moment', () => {
    performance.clearMarks();
    localStorage.clear();
    rememberCompanyNames(new Map([['t-mobile-us', 'T-Mobile (US)']]));
    const root = document.createElement('div');
    root.innerHTML = '<div class="app"><header class="app-header"><h1>Paper Trail</h1></header></div>';
    paintFirstCases(root, [
      aCase({ companyId: 't-mobile-us', title: 'Double charge' }),
      aCase({ companyId: 'user-corner-shop', title: 'Wrong change' }),
    ]);
    expect(performance.getEntriesByName('pt:case-list-shown')).toHaveLength(1);
    expect(root.querySelector('.app > header + main > h2')?.textContent).toBe('Open cases');
    // A name never seen before: the words its id spells, until React has the directory.
    expect([...root.querySelectorAll('[data-testid=case-list] li .case-company')].map((n) => n.textContent)).toEqual([
      'T-Mobile (US)',
      'corner shop',
    ]);
  });

  it('paints nothing (and marks nothing) when there are no open cases: the welcome text is React’s', () => {
    performance.clearMarks();
    const root = document.createElement('div');
    root.innerHTML = '<div class="app"><header class="app-header"><h1>Paper Trail</h1></header></div>';
    paintFirstCases(root, []);
    expect(root.querySelector('main')).toBeNull();
    expect(performance.getEntriesByName('pt:case-list-shown')).toHaveLength(0);
  });
});

describe('when they are painted, and with which names', () => {
  it('only for the home without a restored search', () => {
    const session = new Map<string, string>();
    const storage = {
      getItem: (k: string) => session.get(k) ?? null,
      setItem: (k: string, v: string) => void session.set(k, v),
    } as unknown as Storage;
    expect(wantsFirstCases('', storage)).toBe(true);
    expect(wantsFirstCases('#/', storage)).toBe(true);
    expect(wantsFirstCases('#/call?company=acme', storage)).toBe(false);
    expect(wantsFirstCases('#/case/abc', storage)).toBe(false);
    session.set('pt:search-query', 'TM-48');
    expect(wantsFirstCases('#/', storage)).toBe(false);
  });

  it('remembers names across popups, and ignores a damaged store', () => {
    localStorage.clear();
    rememberCompanyNames(
      new Map([
        ['acme', 'ACME Corp'],
        ['t-mobile-us', 'T-Mobile (US)'],
      ]),
    );
    expect(rememberedCompanyNames()).toEqual(
      new Map([
        ['acme', 'ACME Corp'],
        ['t-mobile-us', 'T-Mobile (US)'],
      ]),
    );
    localStorage.setItem('pt:company-names', '{not json');
    expect(rememberedCompanyNames()).toEqual(new Map());
    localStorage.setItem('pt:company-names', '{"acme": 3, "b": "Bee"}');
    expect(rememberedCompanyNames()).toEqual(new Map([['b', 'Bee']]));
  });
});
