// `testTimeout` in a project config is not applied to hooks when jest runs several projects; set it here.
jest.setTimeout(120_000)
