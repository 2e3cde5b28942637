// A project's `testTimeout` is not applied when jest runs several projects (it is a global option); without this
// the hooks that open a cloned database get jest's 5 s default, which a loaded CI machine can exceed.
jest.setTimeout(60_000)
