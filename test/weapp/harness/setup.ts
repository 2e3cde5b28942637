// A project's `testTimeout` is not applied when jest runs several projects (it is a global option); set it here.
jest.setTimeout(120_000)
