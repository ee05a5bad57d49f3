/** The IndexedDB database's name; apart from the schema so a first script can name it without Dexie. */
export const DB_NAME = 'paper-trail';
