import { buildSchema, parse, validate } from 'graphql';
import { depthLimit } from './depth-limit.rule';

const schema = buildSchema(`type Query { region: Region } type Region { name: String municipalities: [Municipality] } type Municipality { name: String region: Region }`);
const errorsOf = (query: string, max: number) => validate(schema, parse(query), [depthLimit(max)]).map((error) => error.message);

describe('depthLimit', () => {
  it('lets an operation up to the limit through', () => {
    expect(errorsOf('{ region { municipalities { name } } }', 3)).toEqual([]);
  });

  it('refuses one level deeper', () => {
    expect(errorsOf('{ region { municipalities { region { name } } } }', 3)).toEqual(['Query depth 4 exceeds the limit of 3.']);
  });

  it('counts through fragments and inline fragments', () => {
    const query = 'query { region { ...deep } } fragment deep on Region { municipalities { ... on Municipality { region { name } } } }';
    expect(errorsOf(query, 3)).toEqual(['Query depth 4 exceeds the limit of 3.']);
  });

  it('follows a fragment that spreads itself once, instead of looping (the cycle itself is refused by NoFragmentCycles)', () => {
    const query = 'query { region { ...r } } fragment r on Region { municipalities { region { ...r } } }';
    expect(errorsOf(query, 10)).toEqual([]);
    expect(errorsOf(query, 2)).toEqual(['Query depth 3 exceeds the limit of 2.']);
  });
});
