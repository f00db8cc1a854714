import { apiCore } from './api-core';

describe('apiCore', () => {
  it('should work', () => {
    expect(apiCore()).toEqual('api-core');
  })
})
