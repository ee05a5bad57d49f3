import { TUNE } from '../../fixtures/courtesy/tune';
import { TUNE_2 } from '../../fixtures/courtesy/tune-2';
import { TUNE_3 } from '../../fixtures/courtesy/tune-3';
import { TUNE_4 } from '../../fixtures/courtesy/tune-4';
import { TUNE_5 } from '../../fixtures/courtesy/tune-5';
import { TUNE_6 } from '../../fixtures/courtesy/tune-6';
import { TUNE_7 } from '../../fixtures/courtesy/tune-7';
import { TUNE_8 } from '../../fixtures/courtesy/tune-8';
import { TUNE_9 } from '../../fixtures/courtesy/tune-9';
import { TUNE_10 } from '../../fixtures/courtesy/tune-10';
import { TUNE_11 } from '../../fixtures/courtesy/tune-11';
import { TUNE_12 } from '../../fixtures/courtesy/tune-12';
import { TUNE_13 } from '../../fixtures/courtesy/tune-13';
import { TUNE_14 } from '../../fixtures/courtesy/tune-14';
import { TUNE_15 } from '../../fixtures/courtesy/tune-15';
import { TUNE_16 } from '../../fixtures/courtesy/tune-16';
import { TUNE_17 } from '../../fixtures/courtesy/tune-17';
import { TUNE_18 } from '../../fixtures/courtesy/tune-18';
import { TUNE_19 } from '../../fixtures/courtesy/tune-19';
import { TUNE_20 } from '../../fixtures/courtesy/tune-20';
import { TUNE_21 } from '../../fixtures/courtesy/tune-21';
import { TUNE_22 } from '../../fixtures/courtesy/tune-22';
import { TUNE_23 } from '../../fixtures/courtesy/tune-23';
import { TUNE_24 } from '../../fixtures/courtesy/tune-24';
import { TUNE_25 } from '../../fixtures/courtesy/tune-25';
import { TUNE_26 } from '../../fixtures/courtesy/tune-26';
import { TABLE } from './check-table';
import { TABLE_2 } from './check-table-2';

/**
 * Every sentence the tone model learns from: the tables the rules are tuned on (up to tune-8) and
 * eighteen more batches written only to train it (tune-9 to tune-26). The measurement sets are
 * never among them.
 */
export const TRAINING_ROWS = [
  ...TABLE,
  ...TABLE_2,
  ...TUNE,
  ...TUNE_2,
  ...TUNE_3,
  ...TUNE_4,
  ...TUNE_5,
  ...TUNE_6,
  ...TUNE_7,
  ...TUNE_8,
  ...TUNE_9,
  ...TUNE_10,
  ...TUNE_11,
  ...TUNE_12,
  ...TUNE_13,
  ...TUNE_14,
  ...TUNE_15,
  ...TUNE_16,
  ...TUNE_17,
  ...TUNE_18,
  ...TUNE_19,
  ...TUNE_20,
  ...TUNE_21,
  ...TUNE_22,
  ...TUNE_23,
  ...TUNE_24,
  ...TUNE_25,
  ...TUNE_26,
];
