/**
 * The corpus's two collections (../shared/corpus/README.md): the first 57
 * releases, the ones the rules were first written against, and the 61 added
 * later, the honest test. The README names members of each but elides the
 * full list of the second ("006, 007, 011, 012, 015, 022, … 142"), so each
 * file is attributed only where the README says which it is:
 * - second: the six it lists up to 022 and every file it names in "the second
 *   collection's lawyer notes" (055, 064, 108, 122, 123, 142);
 * - first: the files up to 022 that its ordered list skips, the files after
 *   142 (the list ends there) and the files its first lawyer notes name.
 * The rest are "unattributed": scored in the whole-corpus table and in their
 * own, never guessed into a collection.
 */
export type Collection = 'first' | 'second' | 'unattributed'

const SECOND = new Set(['006', '007', '011', '012', '015', '022', '055', '064', '108', '122', '123', '142'])
const FIRST_NAMED = new Set([
  '021',
  '023',
  '033',
  '040',
  '047',
  '063',
  '101',
  '104',
  '107',
  '109',
  '114',
  '117',
  '119',
  '124',
  '127',
  '136',
  '140'
])

/** The collection of a corpus file ("023-bullion-….txt"). */
export function collectionOf(file: string): Collection {
  const number = file.slice(0, 3)
  if (SECOND.has(number)) return 'second'
  const n = Number(number)
  if (n <= 22 || n > 142 || FIRST_NAMED.has(number)) return 'first'
  return 'unattributed'
}

export const COLLECTIONS: Collection[] = ['first', 'second', 'unattributed']
