/**
 * zod 4 compiles validators with `new Function` unless told not to, which the app's Content
 * Security Policy (no 'unsafe-eval') forbids. Imported first by main.tsx, before any schema runs.
 */
import { config } from 'zod/mini';

config({ jitless: true });
