// What the GitHub adapter may know of the bump: how a bump PR's body and a maintainer's comment are
// read, and the shapes they become. The adapter fetches; these functions interpret. Nothing else of
// bump/ is for it to import.
export { parseCommands, type CommandComment, type HandledComment } from './commands.js';
export type { CarriedRejection } from './pr-body.js';
export { readProposal, rejectionsFrom, SUPERSEDED_MARKER } from './pr-state.js';
export type { IgnoreRule } from './types.js';
export type { GitHubRepository } from './release-links.js';
export type { TagLookup } from './release-notes.js';
