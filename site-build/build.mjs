// The site's deploy build: static-site/ copied to an output folder with every .js minified by terser and every
// .css by csso; everything else (HTML, images, JSON) byte for byte. What is deployed, weighed (PageWeightTest) and
// served to the browser tests is this output; ./run-local serves the sources.
//
//   node site-build/build.mjs [source folder] [output folder]
//
// It installs its own tools first when they are missing or not the pinned ones (npm ci here: package.json and
// package-lock.json pin terser and csso), so a fresh clone needs only Node and npm on the PATH.
// Defaults: static-site/ -> local/target/site/ (both from the repository root). The output folder is emptied first.
// Beside the output, not in it (so never uploaded), <output>.build.json (local/target/site.build.json) names what the
// build was made from: the SHA-256 of every source file (path relative to the source folder, '/'-separated) and of
// the build's own tools (this file, package-lock.json). The tests' server and PageWeightTest compare it with the
// sources as they are now (lv.praise.local.SiteBuild) and refuse a stale build. It is written last, after the output
// is whole, and removed first, so a failed build leaves none; the sources are hashed before they are read for the
// build, so an edit during the build reads as stale, never as fresh.
// Any error (a file terser or csso can't parse, an unreadable file) stops the build with a non-zero exit.
//
// Why these options: the site's scripts are classic scripts sharing globals across files (I18N, My, Chart, Dates,
// window.* set by one file and read by another), so top-level names are never mangled nor dropped (terser's
// toplevel:false, module:false); only names inside functions are. No HTML is touched: the CSP
// (template.yaml, CloudFrontHeaders) forbids inline scripts and styles, so the pages hold none to minify.
import { readdir, readFile, writeFile, mkdir, rm, copyFile, stat } from 'node:fs/promises';
import { join, relative, resolve, dirname, extname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const src = resolve(process.argv[2] || join(root, 'static-site'));
const out = resolve(process.argv[3] || join(root, 'local', 'target', 'site'));

const TERSER = {
  module: false,
  toplevel: false,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false }
};

function fail(message) {
  console.error('site-build: ' + message);
  process.exit(1);
}

/** npm ci here unless node_modules holds exactly the pinned versions of package.json. */
function ensureTools() {
  const pinned = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8')).dependencies;
  const installed = name => {
    try { return JSON.parse(readFileSync(join(here, 'node_modules', name, 'package.json'), 'utf8')).version; } catch (e) { return null; }
  };
  if (Object.entries(pinned).every(([name, version]) => installed(name) === version)) return;
  console.log('site-build: installing its tools (npm ci in ' + relative(root, here) + ')');
  try {
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
      { cwd: here, stdio: 'inherit' });
  } catch (e) {
    fail('npm ci in ' + here + ' failed: ' + e.message);
  }
}

async function files(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    // Hidden files are never served (StaticSite) nor deployed.
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...await files(path));
    else if (entry.isFile()) found.push(path);
    else fail('not a file or folder: ' + path);
  }
  return found;
}

const sha256 = bytes => createHash('sha256').update(bytes).digest('hex');

/** Each file's SHA-256 by its path relative to base ('/'-separated), in code-unit order (as Java's String order). */
async function hashes(base, paths) {
  const found = {};
  const named = paths.map(path => [relative(base, path).split(sep).join('/'), path]);
  named.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [name, path] of named) found[name] = sha256(await readFile(path));
  return found;
}

async function build() {
  ensureTools();
  const { minify } = await import('terser');
  const { minify: minifyCss, syntax } = await import('csso');
  // csso recovers from what it can't parse (as a browser would); a build must not ship that silently.
  const checkCss = text => syntax.parse(text, { onParseError: e => { throw e; } });
  if (!(await stat(src).catch(() => null))?.isDirectory()) fail('no source folder ' + src);
  if (out === src || out.startsWith(src + sep) || src.startsWith(out + sep)) fail('the output ' + out + ' overlaps the source ' + src);
  const manifest = out + '.build.json';
  await rm(manifest, { force: true });
  const made = {
    source: src,
    tools: await hashes(here, [join(here, 'build.mjs'), join(here, 'package-lock.json')]),
    files: await hashes(src, await files(src))
  };
  await rm(out, { recursive: true, force: true });
  let before = 0, after = 0, count = 0;
  for (const file of await files(src)) {
    const target = join(out, relative(src, file));
    await mkdir(dirname(target), { recursive: true });
    const ext = extname(file).toLowerCase();
    if (ext !== '.js' && ext !== '.css') {
      await copyFile(file, target);
      continue;
    }
    const text = await readFile(file, 'utf8');
    let min;
    try {
      if (ext === '.js') {
        const result = await minify({ [relative(src, file)]: text }, TERSER);
        min = result.code;
      } else {
        checkCss(text);
        min = minifyCss(text, { restructure: false, comments: false }).css;
      }
    } catch (e) {
      fail(relative(root, file) + ': ' + (e && e.message ? e.message + (e.line ? ' (line ' + e.line + ', col ' + (e.col ?? e.column) + ')' : '') : e));
    }
    if (typeof min !== 'string' || (min.length === 0 && text.trim().length > 0)) fail(relative(root, file) + ': empty output');
    await writeFile(target, min, 'utf8');
    before += Buffer.byteLength(text);
    after += Buffer.byteLength(min);
    count++;
  }
  await writeFile(manifest, JSON.stringify(made, null, 1) + '\n', 'utf8');
  console.log('site-build: ' + relative(root, src) + ' -> ' + relative(root, out) + ': ' + count + ' scripts and styles, '
    + before + ' B -> ' + after + ' B');
}

build().catch(e => fail(e && e.stack ? e.stack : String(e)));
