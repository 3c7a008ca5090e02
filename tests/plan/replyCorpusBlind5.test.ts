/**
 * A fifth blind measurement of the reply checks (see replyCorpusBlind5.ts, written on 30 November
 * 2026 without sight of the rules, the checks or the other corpora, while the fourth round of rules
 * was being written without sight of it). Run it with
 *
 *   npx vitest run tests/plan/replyCorpusBlind5.test.ts
 */
import { measureBlindCorpus } from './blindCorpusReport';
import { blindCorpus5 } from './replyCorpusBlind5';

measureBlindCorpus('fifth blind reply corpus', blindCorpus5, { sentences: 200, unsafe: 110, safe: 80 });
