/**
 * A fourth blind measurement of the reply checks (see replyCorpusBlind4.ts, written on 30 November
 * 2026 without sight of the rules, the checks or the other corpora, while the third round of rules
 * was being written without sight of it). Run it with
 *
 *   npx vitest run tests/plan/replyCorpusBlind4.test.ts
 */
import { measureBlindCorpus } from './blindCorpusReport';
import { blindCorpus4 } from './replyCorpusBlind4';

measureBlindCorpus('fourth blind reply corpus', blindCorpus4, { sentences: 200, unsafe: 110, safe: 80 });
