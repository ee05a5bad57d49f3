import { TUNE } from '../../fixtures/courtesy/tune';
import { TUNE_2 } from '../../fixtures/courtesy/tune-2';
import { TUNE_3 } from '../../fixtures/courtesy/tune-3';
import { TUNE_4 } from '../../fixtures/courtesy/tune-4';
import { TUNE_5 } from '../../fixtures/courtesy/tune-5';
import { TUNE_6 } from '../../fixtures/courtesy/tune-6';
import { TABLE } from './check-table';
import { TABLE_2 } from './check-table-2';

/**
 * Every sentence the tone model learns from: the tables the rules are tuned on. The measurement
 * sets are never among them.
 */
export const TRAINING_ROWS = [...TABLE, ...TABLE_2, ...TUNE, ...TUNE_2, ...TUNE_3, ...TUNE_4, ...TUNE_5, ...TUNE_6];
