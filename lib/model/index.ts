export * from './common';
export * from './company';
export * from './case';
export * from './attempt';
export * from './escalation';
export * from './response';
export * from './attachment';
