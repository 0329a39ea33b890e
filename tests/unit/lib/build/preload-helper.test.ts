import { parseSync } from 'vite';
import { describe, expect, it } from 'vitest';
import { unwrapPreloads, usesHelper } from '../../../../src/lib/build/preload-helper';

const parse = (code: string) => parseSync('chunk.js', code).program;
const HELPER = 'import{t as r}from"./preload-helper.Dy1.js";';

describe('unwrapPreloads', () => {
  it('unwraps every dynamic import with nothing to preload, and drops the helper', () => {
    const code = `${HELPER}let a=()=>r(()=>import(\`./a.js\`).then(e=>e.start()),[]);i??=r(async()=>{let{x:e}=await import(\`./b.js\`);return e},[]);`;
    const result = unwrapPreloads(code, parse);
    expect(result).toBe(
      'let a=()=>(()=>import(`./a.js`).then(e=>e.start()))();i??=(async()=>{let{x:e}=await import(`./b.js`);return e})();',
    );
    expect(usesHelper(result)).toBe(false);
  });

  it('leaves a call with dependencies, and the helper with it', () => {
    const code = `${HELPER}r(()=>import(\`./a.js\`),__vite__mapDeps([0,1]));r(()=>import(\`./b.js\`),[]);`;
    const result = unwrapPreloads(code, parse);
    expect(result).toContain('r(()=>import(`./a.js`),__vite__mapDeps([0,1]))');
    expect(result).toContain('(()=>import(`./b.js`))()');
    expect(usesHelper(result)).toBe(true);
  });

  it('is not fooled by another function that a minifier gave the same short name', () => {
    const code = `${HELPER}r(()=>import(\`./a.js\`),[]);function f(r){return r(1)}`;
    expect(unwrapPreloads(code, parse)).toBe('(()=>import(`./a.js`))();function f(r){return r(1)}');
  });

  it('leaves a chunk without the helper as it is', () => {
    expect(unwrapPreloads('export const a=1;', parse)).toBe('export const a=1;');
  });
});
