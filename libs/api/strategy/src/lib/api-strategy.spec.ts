import { apiStrategy } from './api-strategy';

describe('apiStrategy', () => {
  it('should work', () => {
    expect(apiStrategy()).toEqual('api-strategy');
  })
})
