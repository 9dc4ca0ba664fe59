import { getDb, type OffprintDB } from '@/utils/storage/db';
import { readCatalogue, type LibraryCatalogue, type LibrarySort } from '@/utils/search/search-articles';

/** The catalogue of the app's library in `sort` order (readCatalogue over the app's database, for the list). */
export function libraryCatalogue(sort: LibrarySort, db: OffprintDB = getDb()): Promise<LibraryCatalogue> {
  return readCatalogue(db, sort);
}
