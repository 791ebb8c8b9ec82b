// No imports: the store (lib/storage/db.ts) creates this list when it is first opened, and the side
// panel reads it first, before any record schema is loaded.

/** The shortlist the card's one click adds to: every store has it, and it cannot be deleted. */
export const DEFAULT_SHORTLIST_ID = 'default';
