import type { Config } from '../config.js';
import type { Finding } from '../model.js';
import type { Workspace } from '../model/types.js';

/** A rule's finding before severity is applied. */
export type Draft = Omit<Finding, 'severity'>;

export type Rule = (workspace: Workspace, config: Config) => Draft[];
