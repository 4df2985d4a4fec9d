import { it } from 'vitest';
import * as K from '../src/index.js';
it('p', () => {
  console.log(JSON.stringify(K.scoreCategory7Set({ kpis: [{ dimension: '7.1', name: '  ', target: 1, actual: 1, history: [1, 1] }] } as never)));
  console.log(JSON.stringify(K.scoreAgency({ kpis: [{ id: '', weight: 100, actual: 1, targets: { initial: 1, standard: 2, high: 3 } }] } as never)));
  console.log(JSON.stringify(K.scoreCategory7Set({ kpis: [{ dimension: '7.7', target: 1, actual: 1, history: [1, 1] }] } as never)));
});
