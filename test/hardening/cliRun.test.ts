/** The hardening suite runs the CLI through the one shared runner of test/fixtures/cli.ts, not a copy of it. */
import * as shared from '../fixtures/cli';
import { captured } from './cliRun';

test('cliRun.captured is the shared runner', async () => {
  expect(captured).toBe(shared.captured);
  const run = await captured(async () => {
    process.stdout.write('out');
    process.stderr.write('err');
    return 3;
  });
  expect(run).toEqual({ code: 3, out: 'out', err: 'err' });
});
