import { describe, expect, it } from 'vitest';
import { addCompileHint, COMPILE_HINT } from '../../scripts/eager-compile-hint';

describe('addCompileHint (the build step that starts the contact scripts with V8’s compile hint)', () => {
  it('puts the hint on the first line of the named scripts only, once', () => {
    const bundle = {
      'contact.js': { type: 'chunk', fileName: 'contact.js', code: 'var contact=1;' },
      'popup.js': { type: 'chunk', fileName: 'popup.js', code: 'var popup=1;' },
      'contact.css': { type: 'asset', fileName: 'contact.css' },
    };
    addCompileHint(bundle, ['contact.js', 'contact.css']);
    addCompileHint(bundle, ['contact.js']);
    expect(bundle['contact.js'].code).toBe(`${COMPILE_HINT}var contact=1;`);
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad\n');
    expect(bundle['popup.js'].code).toBe('var popup=1;');
    expect(bundle['contact.css']).toEqual({ type: 'asset', fileName: 'contact.css' });
  });
});
