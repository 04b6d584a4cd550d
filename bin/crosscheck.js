#!/usr/bin/env node
// Output to a closed pipe (`crosscheck … | head -1`) ends the run quietly with code 0.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const [{ tuneV8ForCli }, { main }] = await Promise.all([import('../dist/src/util/v8-flags.js'), import('../dist/src/cli/main.js')]);
tuneV8ForCli();
process.exitCode = await main(process.argv);
