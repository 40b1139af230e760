import type { RuleGroup } from './types';
import { share } from './share';
import { recaptcha } from './recaptcha';
import { related } from './related';
import { newsletter } from './newsletter';
import { comments } from './comments';
import { chrome } from './chrome';

/** Every built-in group, in the order they are applied (most certain first). */
export const RULE_GROUPS: readonly RuleGroup[] = [share, recaptcha, related, newsletter, comments, chrome];
export type { RuleGroup } from './types';
