// Which Node.js the prowl command needs, checked before anything else is loaded. Plain JavaScript that any
// Node.js old enough to be refused can still parse, so the user gets one line instead of a crash deep inside
// a dependency.
export const MIN_NODE_MAJOR = 22;
export const MIN_NODE_MINOR = 12; // commander 15 needs 22.12

/** The one-line complaint for a Node.js version that is too old, or undefined when it will do. */
export function nodeVersionProblem(version) {
  const [major, minor] = String(version).replace(/^v/, '').split('.').map(Number);
  if (major > MIN_NODE_MAJOR || (major === MIN_NODE_MAJOR && minor >= MIN_NODE_MINOR)) return undefined;
  return (
    `prowl needs Node.js ${MIN_NODE_MAJOR}.${MIN_NODE_MINOR} or later (24 LTS recommended); this is Node.js ${version}. ` +
    'Install a current LTS from https://nodejs.org, or run prowl from its clone with `npm run prowl -- aws ...`, ' +
    'which uses the Node.js 24 that `npm install` puts in node_modules.'
  );
}
