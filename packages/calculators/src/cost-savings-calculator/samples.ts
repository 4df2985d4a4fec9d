import type { ServiceSaving } from '@khanaen/core';

export const SPEC: ServiceSaving[] = [
  { name: 'ขออนุญาตประกอบกิจการ', sheetsReduced: 4, feeReduced: 100, hoursReduced: 3, transactions: 10000 },
];
