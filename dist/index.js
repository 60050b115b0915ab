import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 21916:
/***/ ((__unused_webpack_module, exports) => {

var __webpack_unused_export__;

__webpack_unused_export__ = true;
exports.Io = __webpack_unused_export__ = void 0;
var peq = new Uint32Array(0x10000);
var myers_32 = function (a, b) {
    var n = a.length;
    var m = b.length;
    var lst = 1 << (n - 1);
    var pv = -1;
    var mv = 0;
    var sc = n;
    var i = n;
    while (i--) {
        peq[a.charCodeAt(i)] |= 1 << i;
    }
    for (i = 0; i < m; i++) {
        var eq = peq[b.charCodeAt(i)];
        var xv = eq | mv;
        eq |= ((eq & pv) + pv) ^ pv;
        mv |= ~(eq | pv);
        pv &= eq;
        if (mv & lst) {
            sc++;
        }
        if (pv & lst) {
            sc--;
        }
        mv = (mv << 1) | 1;
        pv = (pv << 1) | ~(xv | mv);
        mv &= xv;
    }
    i = n;
    while (i--) {
        peq[a.charCodeAt(i)] = 0;
    }
    return sc;
};
var myers_x = function (b, a) {
    var n = a.length;
    var m = b.length;
    var mhc = [];
    var phc = [];
    var hsize = Math.ceil(n / 32);
    var vsize = Math.ceil(m / 32);
    for (var i = 0; i < hsize; i++) {
        phc[i] = -1;
        mhc[i] = 0;
    }
    var j = 0;
    for (; j < vsize - 1; j++) {
        var mv_1 = 0;
        var pv_1 = -1;
        var start_1 = j * 32;
        var vlen_1 = Math.min(32, m) + start_1;
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] |= 1 << k;
        }
        for (var i = 0; i < n; i++) {
            var eq = peq[a.charCodeAt(i)];
            var pb = (phc[(i / 32) | 0] >>> i) & 1;
            var mb = (mhc[(i / 32) | 0] >>> i) & 1;
            var xv = eq | mv_1;
            var xh = ((((eq | mb) & pv_1) + pv_1) ^ pv_1) | eq | mb;
            var ph = mv_1 | ~(xh | pv_1);
            var mh = pv_1 & xh;
            if ((ph >>> 31) ^ pb) {
                phc[(i / 32) | 0] ^= 1 << i;
            }
            if ((mh >>> 31) ^ mb) {
                mhc[(i / 32) | 0] ^= 1 << i;
            }
            ph = (ph << 1) | pb;
            mh = (mh << 1) | mb;
            pv_1 = mh | ~(xv | ph);
            mv_1 = ph & xv;
        }
        for (var k = start_1; k < vlen_1; k++) {
            peq[b.charCodeAt(k)] = 0;
        }
    }
    var mv = 0;
    var pv = -1;
    var start = j * 32;
    var vlen = Math.min(32, m - start) + start;
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] |= 1 << k;
    }
    var score = m;
    for (var i = 0; i < n; i++) {
        var eq = peq[a.charCodeAt(i)];
        var pb = (phc[(i / 32) | 0] >>> i) & 1;
        var mb = (mhc[(i / 32) | 0] >>> i) & 1;
        var xv = eq | mv;
        var xh = ((((eq | mb) & pv) + pv) ^ pv) | eq | mb;
        var ph = mv | ~(xh | pv);
        var mh = pv & xh;
        score += (ph >>> (m - 1)) & 1;
        score -= (mh >>> (m - 1)) & 1;
        if ((ph >>> 31) ^ pb) {
            phc[(i / 32) | 0] ^= 1 << i;
        }
        if ((mh >>> 31) ^ mb) {
            mhc[(i / 32) | 0] ^= 1 << i;
        }
        ph = (ph << 1) | pb;
        mh = (mh << 1) | mb;
        pv = mh | ~(xv | ph);
        mv = ph & xv;
    }
    for (var k = start; k < vlen; k++) {
        peq[b.charCodeAt(k)] = 0;
    }
    return score;
};
var distance = function (a, b) {
    if (a.length < b.length) {
        var tmp = b;
        b = a;
        a = tmp;
    }
    if (b.length === 0) {
        return a.length;
    }
    if (a.length <= 32) {
        return myers_32(a, b);
    }
    return myers_x(a, b);
};
exports.Io = distance;
var closest = function (str, arr) {
    var min_distance = Infinity;
    var min_index = 0;
    for (var i = 0; i < arr.length; i++) {
        var dist = distance(str, arr[i]);
        if (dist < min_distance) {
            min_distance = dist;
            min_index = i;
        }
    }
    return arr[min_index];
};
__webpack_unused_export__ = closest;


/***/ }),

/***/ 14006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(98016);
const utils = __nccwpck_require__(64059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 78265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(64059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 98016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(31781);
const parse = __nccwpck_require__(78265);
const utils = __nccwpck_require__(64059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 31781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(64059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 64059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 95616:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fk: () => (/* binding */ GHES_BASELINE_NOTICE),
/* harmony export */   uT: () => (/* binding */ isGitHubEnterpriseServer),
/* harmony export */   xL: () => (/* binding */ ghesUploadNotice)
/* harmony export */ });
/**
 * GitHub Enterprise Server: @actions/artifact v2+ refuses to run there (GHESNotSupportedError), so
 * the action neither uploads nor downloads artifacts and says what to do instead.
 */
/** Decided from GITHUB_SERVER_URL as @actions/artifact decides it. */
function isGitHubEnterpriseServer(env = process.env) {
    const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toLowerCase();
    return host !== 'github.com' && !host.endsWith('.ghe.com') && !host.endsWith('.localhost');
}
/** How to upload the report folder with the artifact action that still supports GHES. */
function ghesUploadNotice(dir, artifactName, env = process.env) {
    return [
        `GitHub Enterprise Server does not support the artifact service this action uploads to, so the reports stay in ${dir}.`,
        `Upload them with actions/upload-artifact@v3 after this step${stepIdHint(env)}:`,
        '  - uses: actions/upload-artifact@v3',
        '    if: always()',
        '    with:',
        `      name: ${artifactName}`,
        `      path: \${{ steps.${stepId(env)}.outputs.report-dir }}`
    ].join('\n');
}
const GHES_BASELINE_NOTICE = [
    'No baseline run: "baseline: auto" reads earlier runs from artifacts, which GitHub Enterprise Server does not support for this action, so the run is judged on thresholds alone.',
    'Hand over the history as files instead: fetch earlier metrics.json files into a folder with actions/download-artifact@v3 or actions/cache, and pass "baseline: <dir>".'
].join('\n');
/** The runner names the step by its id in GITHUB_ACTION, or `__<owner>_<repo>` when it has none. */
function stepId(env) {
    const id = env.GITHUB_ACTION ?? '';
    return id && !id.startsWith('__') ? id : '<id>';
}
function stepIdHint(env) {
    return stepId(env) === '<id>' ? ' (give this step an `id`)' : '';
}


/***/ }),

/***/ 79407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(29624);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .V)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 29624:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  V: () => (/* binding */ runMain)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./src/github/toolkit.ts

/**
 * @actions/core, loaded while the first API request is under way rather than before it: loading
 * it (with the HTTP client it bundles for OIDC) takes longer than the rest of the start-up.
 * `core` is set once loadToolkit has resolved; main and post await that before they use it.
 */
let core;
let loading;
const secrets = [];
const waiting = [];
function loadToolkit() {
    loading ??= Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779), __nccwpck_require__.e(659)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91659)).then((toolkit) => {
        core = toolkit;
        for (const secret of secrets.splice(0))
            core.setSecret(secret);
        for (const call of waiting.splice(0))
            call();
    });
    return loading;
}
/** Runs `call` now, or once the toolkit has loaded, after every secret has been masked. */
function whenLoaded(call) {
    if (core)
        call();
    else
        waiting.push(call);
}
/** Masks the secret before any line is written, however early it was read. */
function maskSecret(secret) {
    if (core)
        core.setSecret(secret);
    else
        secrets.push(secret);
}
/**
 * An input as core.getInput reads it (`INPUT_<NAME>`, trimmed). Every input is read and checked
 * before the first API request, which goes out before the toolkit has loaded.
 */
function getInput(name) {
    return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}
/**
 * Appends to the job summary. Outside a runner there is no summary file and nothing is written; a
 * file named but not there yet (a local try) is created, as the runner would have, since the
 * toolkit only appends to an existing one.
 */
async function writeSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await (0,promises_.appendFile)(file, '');
    await core.summary.addRaw(markdown, true).write();
}

;// CONCATENATED MODULE: ./src/github/log.ts

const LINE_BREAK = /\r\n|\r|\n/;
/** The runner trims a line (.NET whitespace) and runs it as a command when it starts with `::`. */
const COMMAND_START = /^([\s\u0085]*):(?=:)/;
/** The runner's legacy `##[command]` form is recognised anywhere in a line. */
const LEGACY_COMMAND = /#(?=#\[)/g;
const ZERO_WIDTH_SPACE = '\u200B';
/**
 * Log lines carry text from the server (titles, error bodies). Each line is made inert: none can
 * start with `::` or hold `##[`, so none can run a workflow command. Annotations and messages of
 * commands are escaped by @actions/core itself.
 */
function inertLines(message) {
    return message
        .split(LINE_BREAK)
        .map((line) => line
        .replace(COMMAND_START, `$1:${ZERO_WIDTH_SPACE}`)
        .replace(LEGACY_COMMAND, `#${ZERO_WIDTH_SPACE}`))
        .join('\n');
}
/** Lines written before the toolkit has loaded wait for it, so the API key is masked first. */
const actionsLog = {
    info: (message) => whenLoaded(() => core.info(inertLines(message))),
    debug: (message) => whenLoaded(() => core.debug(inertLines(message))),
    notice: (message, properties) => whenLoaded(() => core.notice(message, properties)),
    warning: (message, properties) => whenLoaded(() => core.warning(message, properties)),
    error: (message, properties) => whenLoaded(() => core.error(message, properties))
};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __nccwpck_require__(14006);
var picomatch_default = /*#__PURE__*/__nccwpck_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/number-format.ts
/**
 * How a number reads wherever the action writes it — annotations, log lines, the summary, the
 * comment and JUnit — so a figure reads the same in each.
 */
const NOT_A_NUMBER = '–';
const COUNT_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const DECIMAL_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
/** Times from 10 s up read better in seconds. */
const SECONDS_FROM_MS = 10_000;
/**
 * The unit for a column of times: seconds when any of them reaches 10 s, else milliseconds, so
 * every figure of a column reads in one unit and compares at a glance.
 */
function timeUnitFor(values) {
    for (const value of values)
        if (Math.abs(value) >= SECONDS_FROM_MS)
            return 's';
    return 'ms';
}
/**
 * `4.5 ms`, `912 ms`, `1,240 ms`, `12.5 s`, `125 s`; with `signed`, `+60 ms`. The unit is the one
 * `timeUnitFor` picks for the figure alone unless a column's unit is given.
 */
function formatMs(ms, options = {}) {
    if (!Number.isFinite(ms))
        return NOT_A_NUMBER;
    const sign = options.signed && ms > 0 ? '+' : ms < 0 ? '-' : '';
    const size = Math.abs(ms);
    if ((options.unit ?? timeUnitFor([ms])) === 'ms') {
        const shown = size < 10 ? String(Math.round(size * 10) / 10) : COUNT_FORMAT.format(size);
        return `${sign}${shown} ms`;
    }
    const seconds = size / 1000;
    const decimals = seconds < 10 ? 2 : seconds < 100 ? 1 : 0;
    return `${sign}${DECIMAL_FORMAT.format(Number(seconds.toFixed(decimals)))} s`;
}
/** A percentage given as 0–100: `0%`, `0.52%`, `12.5%`, `<0.01%`; with `signed`, `+50%`. */
function formatPercent(percent, options = {}) {
    if (!Number.isFinite(percent))
        return NOT_A_NUMBER;
    const sign = options.signed && percent > 0 ? '+' : percent < 0 ? '-' : '';
    const size = Math.abs(percent);
    if (size === 0)
        return '0%';
    if (size < 0.01)
        return `${sign}<0.01%`;
    const decimals = size < 10 ? 2 : size < 100 ? 1 : 0;
    return `${sign}${Number(size.toFixed(decimals))}%`;
}
/** `1,500` */
function formatCount(count) {
    return Number.isFinite(count) ? COUNT_FORMAT.format(Math.round(count)) : NOT_A_NUMBER;
}
/** `1 step`, `1,500 steps`: the count with the noun that fits it. */
function counted(count, one, many) {
    return `${formatCount(count)} ${count === 1 ? one : many}`;
}
/** Whole seconds as `45s`, `5m 12s` or `1h 2m 5s`. */
function formatDuration(seconds) {
    if (!Number.isFinite(seconds) || seconds < 0)
        return NOT_A_NUMBER;
    const total = Math.round(seconds);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const rest = total % 60;
    if (hours > 0)
        return `${hours}h ${minutes}m ${rest}s`;
    return minutes > 0 ? `${minutes}m ${rest}s` : `${rest}s`;
}

;// CONCATENATED MODULE: ./src/verdict/thresholds.ts


/** Metrics whose value is a time in milliseconds. */
const TIME_METRICS = new Set([
    'min',
    'average',
    'median',
    'p90',
    'p95',
    'p99',
    'max'
]);
const METRIC_ALIASES = {
    min: 'min',
    average: 'average',
    avg: 'average',
    median: 'median',
    med: 'median',
    p50: 'median',
    p90: 'p90',
    p95: 'p95',
    p99: 'p99',
    max: 'max',
    errors: 'errors',
    'error-rate': 'error-rate',
    error_rate: 'error-rate',
    errorrate: 'error-rate',
    requests: 'requests'
};
const KNOWN_METRICS = 'min, average (avg), median (med, p50), p90, p95, p99, max, errors, error-rate, requests';
/**
 * Options for matching a step title glob against a whole title: `*` crosses `/` (titles such as
 * `GET /api/users/42` hold slashes), `\` is never a path separator, and an unbalanced bracket is
 * reported rather than silently taken literally.
 */
const TITLE_GLOB_OPTIONS = {
    dot: true,
    bash: true,
    windows: false,
    strictBrackets: true
};
class LineError extends Error {
}
/**
 * Parses the `thresholds` input: one condition per line that must hold (k6 style); blank lines and
 * lines starting with `#` are skipped, and a line may end in a `# comment`.
 *
 * A line is `[scope:] metric comparator number[unit]`:
 * - metric: min, average (avg), median (med, p50), p90, p95, p99, max, errors,
 *   error-rate (error_rate, errorRate) or requests, in any case;
 * - comparator: `<`, `<=`, `>`, `>=`, `==`, `!=`;
 * - number: milliseconds for times (`800`, `800ms`, `1.5s`), a percentage for error-rate (`1`,
 *   `1%`), a count for errors and requests.
 *
 * What a line applies to:
 * - no scope: a time metric must hold on every step; `errors`, `error-rate` and `requests` apply to
 *   the whole run's totals (`error-rate < 1%` means under 1% of all the run's requests errored);
 * - `"<title glob>":` (double or single quotes): every step whose whole title matches the glob,
 *   where `*` also crosses `/` (`"GET /api/*": p99 <= 1000`); each figure is the step's own;
 * - `track-item <id>:`: time metrics on every step of that track item; `errors`, `error-rate` and
 *   `requests` on the track item's totals.
 *
 * Each error names the line number and its text and says what was expected.
 */
function parseThresholds(text) {
    const criteria = [];
    const errors = [];
    for (const [index, rawLine] of text.split(/\r?\n/).entries()) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        try {
            criteria.push(parseLine(line));
        }
        catch (error) {
            if (!(error instanceof LineError))
                throw error;
            errors.push(`Line ${index + 1} \`${line}\`: ${error.message}`);
        }
    }
    return { criteria, errors };
}
/** The `max-p95-ms` and `max-error-rate` inputs as criteria. */
function criteriaFromLimits(limits) {
    const criteria = [];
    if (limits.maxP95Ms !== undefined) {
        criteria.push({
            source: `max-p95-ms: ${limits.maxP95Ms}`,
            scope: { kind: 'run' },
            metric: 'p95',
            comparator: '<=',
            limit: limits.maxP95Ms
        });
    }
    if (limits.maxErrorRate !== undefined) {
        criteria.push({
            source: `max-error-rate: ${limits.maxErrorRate}`,
            scope: { kind: 'run' },
            metric: 'error-rate',
            comparator: '<=',
            limit: limits.maxErrorRate
        });
    }
    return criteria;
}
function parseLine(line) {
    const { scope, condition } = splitScope(line);
    const { metric, comparator, limit, comment } = parseCondition(condition);
    const source = line.slice(0, line.length - comment.length).trim();
    return { source, scope, metric, comparator, limit };
}
function splitScope(line) {
    const quote = line[0];
    if (quote === '"' || quote === "'") {
        const end = line.indexOf(quote, 1);
        if (end === -1) {
            throw new LineError(`the quoted step title is not closed; expected a closing ${quote}`);
        }
        const titleGlob = line.slice(1, end);
        checkGlob(titleGlob);
        return {
            scope: { kind: 'step', titleGlob },
            condition: afterColon(line.slice(end + 1), 'the quoted step title')
        };
    }
    const trackItem = /^track-item\b\s*(?:"([^"]*)"|'([^']*)'|([^\s:"']+))?/i.exec(line);
    if (trackItem !== null) {
        const trackItemId = trackItem[1] ?? trackItem[2] ?? trackItem[3];
        if (!trackItemId) {
            throw new LineError('expected a track item ID after "track-item", e.g. `track-item ti_001: p95 < 800`');
        }
        return {
            scope: { kind: 'track-item', trackItemId },
            condition: afterColon(line.slice(trackItem[0].length), `the track item ID "${trackItemId}"`)
        };
    }
    if (/^[^#]*:/.test(line)) {
        throw new LineError('a step title must be quoted, e.g. `"POST /api/login": p95 < 200`');
    }
    return { scope: { kind: 'run' }, condition: line };
}
function checkGlob(glob) {
    if (glob === '')
        throw new LineError('the quoted step title is empty; expected a title or a glob');
    try {
        picomatch_default().makeRe(glob, TITLE_GLOB_OPTIONS);
    }
    catch (error) {
        throw new LineError(`"${glob}" is not a valid title glob: ${error.message}`);
    }
}
function afterColon(rest, what) {
    const match = /^\s*:/.exec(rest);
    if (match === null) {
        throw new LineError(`expected ":" after ${what}, then a condition such as p95 < 800`);
    }
    return rest.slice(match[0].length);
}
function parseCondition(condition) {
    let rest = condition.trim();
    const metricWord = /^[A-Za-z][\w-]*/.exec(rest)?.[0];
    if (metricWord === undefined) {
        throw new LineError(`expected a metric (${KNOWN_METRICS}), found ${describe(rest)}`);
    }
    const metric = METRIC_ALIASES[metricWord.toLowerCase()];
    if (metric === undefined) {
        throw new LineError(`unknown metric "${metricWord}"; expected one of ${KNOWN_METRICS}`);
    }
    rest = rest.slice(metricWord.length).trimStart();
    const comparator = /^(<=|>=|==|!=|<|>)/.exec(rest)?.[0];
    if (comparator === undefined) {
        throw new LineError(`expected a comparator (<, <=, >, >=, ==, !=) after ${metricWord}, found ${describe(rest)}`);
    }
    rest = rest.slice(comparator.length).trimStart();
    const quantity = readQuantity(rest, `"${comparator}"`);
    rest = quantity.rest.trim();
    if (rest !== '' && !rest.startsWith('#')) {
        throw new LineError(`unexpected "${rest}" after ${quantity.text}; expected the end of the line`);
    }
    const limit = scaleLimit(metric, kindOf(metric), quantity, 'ms');
    return { metric, comparator, limit, comment: rest };
}
/**
 * A plain decimal number (no sign, exponent, hex or binary) and an optional unit, ms, s or %, at
 * the start of text.
 */
function readQuantity(text, after) {
    const number = /^(?:\d+(?:\.\d+)?|\.\d+)/.exec(text)?.[0];
    if (number === undefined) {
        throw new LineError(`expected a number after ${after}, found ${describe(text)}`);
    }
    let rest = text.slice(number.length);
    const unit = /^\s*(ms|s|%)(?![\w%])/i.exec(rest);
    const unknownUnit = unit === null ? /^[A-Za-z%]\w*/.exec(rest)?.[0] : undefined;
    if (unknownUnit !== undefined) {
        throw new LineError(`unknown unit "${unknownUnit}" after ${number}; expected ms, s or %`);
    }
    rest = rest.slice(unit?.[0].length ?? 0);
    return {
        value: Number(number),
        unit: unit?.[1].toLowerCase(),
        text: `${number}${unit?.[1] ?? ''}`,
        rest
    };
}
/**
 * A figure of a metric in its unit: a time, a percentage or a count. Breach sentences and the
 * tables both use it, so an annotation and a table never disagree.
 */
function formatMetric(metric, value) {
    const kind = kindOf(metric);
    if (kind === 'time')
        return formatMs(value);
    return kind === 'percentage' ? formatPercent(value) : formatCount(value);
}
function kindOf(metric) {
    if (TIME_METRICS.has(metric))
        return 'time';
    return metric === 'error-rate' ? 'percentage' : 'count';
}
/** A time in milliseconds (a bare number counts as `bareTimeUnit`), a percentage or a count. */
function scaleLimit(name, kind, { value, unit }, bareTimeUnit) {
    if (kind === 'time') {
        if (unit === '%') {
            throw new LineError(`${name} is a time; expected milliseconds (800, 800ms) or seconds (0.8s), not %`);
        }
        return (unit ?? bareTimeUnit) === 's' ? value * 1000 : value;
    }
    if (kind === 'percentage') {
        if (unit === 'ms' || unit === 's') {
            throw new LineError(`${name} is a percentage; expected a number such as 1 or 1%, not ${unit}`);
        }
        return value;
    }
    if (unit !== undefined)
        throw new LineError(`${name} is a count; expected a plain number, not ${unit}`);
    return value;
}
/**
 * One input's number in the grammar of `thresholds`: a plain decimal with an optional unit (`800`,
 * `800ms`, `0.8s`, `1%`), or undefined when it is not one. Times come back in milliseconds; a bare
 * time counts as `bareTimeUnit`.
 */
function parseQuantity(text, kind, bareTimeUnit = 'ms') {
    try {
        const quantity = readQuantity(text.trim(), 'the start');
        if (quantity.rest.trim() !== '')
            return undefined;
        return scaleLimit('it', kind, quantity, bareTimeUnit);
    }
    catch (error) {
        if (error instanceof LineError)
            return undefined;
        throw error;
    }
}
function describe(rest) {
    const word = rest.trim().split(/\s+/)[0];
    return word === '' ? 'nothing' : `"${word}"`;
}

;// CONCATENATED MODULE: ./src/inputs.ts



/** All that is wrong with the inputs, one message per bad input. */
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.length === 1
            ? problems[0]
            : `${problems.length} inputs are invalid; see the errors above.`);
        this.problems = problems;
        this.name = 'InputError';
    }
}
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);
const MIN_POLL_INTERVAL_SECONDS = 0.1;
const SIMULATOR_POLL_INTERVAL_SECONDS = 1;
const TRACK_ITEM_FIELDS = ['dataItemAssetId', 'selectedRoles', 'userCount', 'authScriptId'];
const YAML_NUMBER_TAGS = ['tag:yaml.org,2002:int', 'tag:yaml.org,2002:float'];
/** Reads the credentials only, for the post step, which has no other use for the inputs. */
function readConnection(read = readTrimmed) {
    const problems = [];
    const apiKey = readApiKey(read, problems);
    const baseUrl = readBaseUrl(read, problems);
    if (problems.length > 0)
        throw new InputError(problems);
    return { apiKey, baseUrl };
}
async function readSettings(read = readTrimmed, log = actionsLog) {
    const problems = [];
    const optional = (name) => read(name) || undefined;
    const apiKey = readApiKey(read, problems);
    const baseUrl = readBaseUrl(read, problems);
    const projectId = optional('project-id');
    const settings = {
        apiKey,
        baseUrl,
        timeline: readTimeline(read, projectId, problems),
        projectId,
        dataItem: readDataItem(read, projectId, problems),
        role: optional('role'),
        userCount: readPositiveInteger(read, 'user-count', problems),
        trackItems: await readTrackItems(read, problems),
        dryRun: readBoolean(read, 'dry-run', false, problems),
        maxVum: readNumber(read, 'max-vum', problems, {
            kind: 'count',
            accept: (v) => v > 0,
            expected: 'a positive number of virtual-user minutes'
        }),
        wait: readBoolean(read, 'wait', true, problems),
        pollIntervalSeconds: readSeconds(read, 'poll-interval', problems, MIN_POLL_INTERVAL_SECONDS) ?? 5,
        timeoutSeconds: readSeconds(read, 'timeout', problems),
        reportDir: optional('report-dir'),
        artifactName: readArtifactName(read, problems),
        name: readName(read, problems),
        retentionDays: readRetentionDays(read, problems),
        criteria: readCriteria(read, problems),
        baseline: readBaseline(read, problems),
        maxRegressionPercent: readNumber(read, 'max-regression', problems, {
            kind: 'percentage',
            accept: (v) => v >= 0,
            expected: 'a percentage of 0 or more, e.g. 10 or 10%'
        }),
        noiseFloorMs: readNumber(read, 'noise-floor-ms', problems, {
            kind: 'time',
            accept: (v) => v >= 0,
            expected: 'a time of 0 or more in milliseconds, e.g. 20, 20ms or 0.02s'
        }) ?? 20,
        falseAlarmRate: readNumber(read, 'false-alarm-rate', problems, {
            kind: 'percentage',
            accept: (v) => v > 0 && v <= 50,
            expected: 'a percentage above 0 and at most 50, e.g. 1 or 1%'
        }) ?? 1,
        failOnBreach: readBoolean(read, 'fail-on-breach', true, problems),
        comment: readBoolean(read, 'comment', true, problems),
        githubToken: optional('github-token')
    };
    if (settings.role && !settings.dataItem) {
        problems.push('Input "role" needs a data item: set "data-item-id" or "data-item-name" too.');
    }
    if (problems.length > 0)
        throw new InputError(problems);
    warnOfFastPolling(settings, log);
    return settings;
}
function readTrimmed(name) {
    return getInput(name).trim();
}
function readApiKey(read, problems) {
    const apiKey = read('api-key');
    if (apiKey) {
        maskSecret(apiKey);
    }
    else {
        problems.push('Input "api-key" is required: pass your Leapwork Performance Integration API key from a secret, e.g. api-key: ${{ secrets.LEAPWORK_API_KEY }}.');
    }
    return apiKey;
}
function readBaseUrl(read, problems) {
    const raw = read('base-url');
    if (!raw) {
        problems.push('Input "base-url" is required: the address of your Leapwork Performance API, e.g. https://perfapi.leapwork.cloud.');
        return '';
    }
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        problems.push(`Input "base-url" is not a URL: "${raw}". Expected e.g. https://perfapi.leapwork.cloud.`);
        return '';
    }
    if (url.protocol !== 'https:' &&
        !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
        problems.push(`Input "base-url" must use https (http is accepted only for localhost): got "${url.origin}". The API key must not travel unencrypted.`);
        return '';
    }
    if (url.username || url.password || url.search || url.hash) {
        problems.push('Input "base-url" must not hold credentials, a query or a fragment.');
        return '';
    }
    return url.origin + url.pathname.replace(/\/+$/, '');
}
function readTimeline(read, projectId, problems) {
    const id = read('timeline-id');
    const name = read('timeline-name');
    if (id)
        return name ? { id, name } : { id };
    if (!name) {
        problems.push('No timeline given: set "timeline-id" (the timeline\'s asset ID), or "timeline-name" together with "project-id".');
        return { id: '' };
    }
    if (!projectId) {
        problems.push(`Input "timeline-name" needs "project-id": a timeline name is unique only within its project.`);
        return { id: '' };
    }
    return { name, projectId };
}
function readDataItem(read, projectId, problems) {
    const id = read('data-item-id');
    const name = read('data-item-name');
    if (id)
        return name ? { id, name } : { id };
    if (!name)
        return undefined;
    if (!projectId) {
        problems.push(`Input "data-item-name" needs "project-id": a data item name is unique only within its project.`);
        return undefined;
    }
    return { name, projectId };
}
function readBoolean(read, name, fallback, problems) {
    const raw = read(name);
    if (!raw)
        return fallback;
    if (/^(true|yes|on)$/i.test(raw))
        return true;
    if (/^(false|no|off)$/i.test(raw))
        return false;
    problems.push(`Input "${name}" must be true or false: got "${raw}".`);
    return fallback;
}
/** A plain decimal, with the units of the `thresholds` grammar that suit its kind. */
function readNumber(read, name, problems, spec) {
    const raw = read(name);
    if (!raw)
        return undefined;
    const value = parseQuantity(raw, spec.kind, spec.bareTimeUnit);
    if (value === undefined || !spec.accept(value)) {
        problems.push(`Input "${name}" must be ${spec.expected}: got "${raw}".`);
        return undefined;
    }
    return value;
}
function readPositiveInteger(read, name, problems) {
    return readNumber(read, name, problems, {
        kind: 'count',
        accept: (v) => Number.isInteger(v) && v > 0,
        expected: 'a positive whole number'
    });
}
/** Seconds, or a time with its unit (`90s`, `1500ms`), as a number of seconds. */
function readSeconds(read, name, problems, minimum = 0) {
    const atLeast = minimum > 0 ? `at least ${minimum} s` : 'a positive number of seconds';
    const ms = readNumber(read, name, problems, {
        kind: 'time',
        bareTimeUnit: 's',
        accept: (v) => v > 0 && v >= minimum * 1000,
        expected: `${atLeast}, e.g. 5, 5s or 500ms`
    });
    return ms === undefined ? undefined : ms / 1000;
}
/** Polling faster than once a second suits the local simulator only. */
function warnOfFastPolling({ pollIntervalSeconds, baseUrl }, log) {
    if (pollIntervalSeconds >= SIMULATOR_POLL_INTERVAL_SECONDS || !baseUrl)
        return;
    if (LOOPBACK_HOSTS.has(new URL(baseUrl).hostname))
        return;
    log.warning(`Input "poll-interval" is ${pollIntervalSeconds} s: polling more than once a second is meant for the local simulator; against Leapwork Performance use 1 s or more.`);
}
function readRetentionDays(read, problems) {
    return readNumber(read, 'retention-days', problems, {
        kind: 'count',
        accept: (v) => Number.isInteger(v) && v >= 1 && v <= 90,
        expected: 'a whole number of days from 1 to 90 (GitHub keeps artifacts at most 90 days)'
    });
}
function readArtifactName(read, problems) {
    const name = read('artifact-name');
    if (!name)
        return undefined;
    const forbidden = name.match(/[":<>|*?\\/\r\n]/);
    if (forbidden) {
        problems.push(`Input "artifact-name" must not contain "${forbidden[0]}": got "${name}".`);
        return undefined;
    }
    return name;
}
const MAX_NAME_LENGTH = 60;
function readName(read, problems) {
    const name = read('name');
    if (!name)
        return undefined;
    if (name.length > MAX_NAME_LENGTH || /[\p{Cc}\u2028\u2029]/u.test(name)) {
        problems.push(`Input "name" must be a short label on one line (at most ${MAX_NAME_LENGTH} characters), e.g. "50 users": got "${truncateForMessage(name)}".`);
        return undefined;
    }
    return name;
}
function truncateForMessage(text) {
    const line = text.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ');
    return line.length > MAX_NAME_LENGTH ? `${line.slice(0, MAX_NAME_LENGTH)}…` : line;
}
/** The YAML parser is loaded only for this input: it is a large part of the start-up otherwise. */
async function readTrackItems(read, problems) {
    const raw = read('track-items');
    if (!raw)
        return undefined;
    let parsed;
    try {
        const { parse: parseYaml } = await __nccwpck_require__.e(/* import() */ 815).then(__nccwpck_require__.t.bind(__nccwpck_require__, 38815, 19));
        parsed = parseYaml(raw, { customTags: withoutNumberTags });
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0].replace(/:$/, '') : String(error);
        problems.push(`Input "track-items" is not valid JSON or YAML: ${reason}`);
        return undefined;
    }
    if (!isPlainObject(parsed) || Object.keys(parsed).length === 0) {
        problems.push('Input "track-items" must map track item IDs to their configuration: { "<trackItemId>": { dataItemAssetId, selectedRoles, userCount, authScriptId? } }.');
        return undefined;
    }
    const result = {};
    for (const [trackItemId, config] of Object.entries(parsed)) {
        const checked = checkTrackItem(trackItemId, config);
        if (typeof checked === 'string')
            problems.push(`Input "track-items": ${checked}`);
        else
            result[trackItemId] = checked;
    }
    return result;
}
/**
 * YAML would read unquoted 0x10, 0o17 and 1e2 as numbers; kept as written, they are checked like
 * every other number input, which takes plain decimals only.
 */
function withoutNumberTags(tags) {
    return tags.filter((tag) => typeof tag === 'string' || !YAML_NUMBER_TAGS.includes(tag.tag));
}
function checkTrackItem(trackItemId, config) {
    if (!isPlainObject(config))
        return `the configuration of "${trackItemId}" must be an object.`;
    const unknown = Object.keys(config).filter((field) => !TRACK_ITEM_FIELDS.includes(field));
    if (unknown.length > 0) {
        return `"${trackItemId}" has unknown field "${unknown[0]}"; the fields are ${TRACK_ITEM_FIELDS.join(', ')}.`;
    }
    const { dataItemAssetId, selectedRoles, userCount, authScriptId } = config;
    if (typeof dataItemAssetId !== 'string' || !dataItemAssetId) {
        return `"${trackItemId}" needs "dataItemAssetId", the asset ID of a data item.`;
    }
    const roles = typeof selectedRoles === 'string' ? [selectedRoles] : selectedRoles;
    if (!Array.isArray(roles) || roles.some((role) => typeof role !== 'string')) {
        return `"${trackItemId}" needs "selectedRoles", a list of role names.`;
    }
    const count = typeof userCount === 'string' ? parseQuantity(userCount, 'count') : userCount;
    if (typeof count !== 'number' || !Number.isInteger(count) || count <= 0) {
        return `the "userCount" of "${trackItemId}" must be a positive whole number: got ${JSON.stringify(userCount)}.`;
    }
    if (authScriptId !== undefined && typeof authScriptId !== 'string') {
        return `the "authScriptId" of "${trackItemId}" must be a string.`;
    }
    return {
        dataItemAssetId,
        selectedRoles: roles,
        userCount: count,
        ...(authScriptId ? { authScriptId } : {})
    };
}
function readCriteria(read, problems) {
    const maxP95Ms = readNumber(read, 'max-p95-ms', problems, {
        kind: 'time',
        accept: (v) => v > 0,
        expected: 'a positive time in milliseconds, e.g. 800, 800ms or 0.8s'
    });
    const maxErrorRate = readNumber(read, 'max-error-rate', problems, {
        kind: 'percentage',
        accept: (v) => v >= 0 && v <= 100,
        expected: 'a percentage from 0 to 100, e.g. 1 or 1%'
    });
    const { criteria, errors } = parseThresholds(read('thresholds'));
    for (const error of errors)
        problems.push(`Input "thresholds": ${error}`);
    return [...criteriaFromLimits({ maxP95Ms, maxErrorRate }), ...criteria];
}
function readBaseline(read, problems) {
    const raw = read('baseline');
    const runs = readPositiveInteger(read, 'baseline-runs', problems) ?? 10;
    if (!raw)
        return undefined;
    if (raw.toLowerCase() === 'auto')
        return { kind: 'auto', runs };
    return { kind: 'file', path: raw, runs };
}
function isPlainObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __nccwpck_require__(58500);
;// CONCATENATED MODULE: ./src/log.ts
const silentLog = {
    info: () => undefined,
    debug: () => undefined,
    notice: () => undefined,
    warning: () => undefined,
    error: () => undefined
};

;// CONCATENATED MODULE: ./src/leapwork/errors.ts
/** A failed call to the Integration API, with a one-line message a user can act on. */
class LeapworkError extends Error {
    kind;
    endpoint;
    status;
    code;
    constructor(kind, endpoint, message, details = {}) {
        super(message, { cause: details.cause });
        this.name = 'LeapworkError';
        this.kind = kind;
        this.endpoint = endpoint;
        this.status = details.status;
        this.code = details.code;
    }
}
/** runIntegration failed after the request may have reached the server: it must not be resent. */
class RunMayHaveStartedError extends LeapworkError {
    constructor(timeline, reason, cause) {
        super('run-may-have-started', 'runIntegration', `Starting the run failed after the request was sent (${reason}), so a run may have ` +
            "started on the server. Look in the Leapwork Performance portal's run history for " +
            `timeline ${timeline} and stop the run there if it is running.`, { status: cause instanceof LeapworkError ? cause.status : undefined, cause });
        this.name = 'RunMayHaveStartedError';
    }
}
/** What is wrong with an answer's content; the client turns it into a 'malformed' LeapworkError. */
class ShapeError extends Error {
    constructor(problem) {
        super(problem);
        this.name = 'ShapeError';
    }
}
const API_KEY_HEADER_VALUE = /X-API-KEY\s+[^\s"'`,;]+/gi;
/** Replaces each secret, and any `X-API-KEY <value>`, with `***`. */
function redact(text, secrets) {
    const masked = secrets
        .filter((secret) => secret.length > 0)
        .reduce((result, secret) => result.split(secret).join('***'), text);
    return masked.replace(API_KEY_HEADER_VALUE, 'X-API-KEY ***');
}

;// CONCATENATED MODULE: ./src/leapwork/types.ts
/**
 * Shapes of the Leapwork Performance Integration API (../shared/reference/api.md), as the client
 * returns them after lenient parsing: unknown fields are kept, numbers given as strings are numbers,
 * and statuses are in their canonical case.
 */
const TERMINAL_STATUSES = ['Finished', 'Stopped', 'Failed'];
const ACTIVE_STATUSES = ['Authenticating', 'Preparing', 'Running'];
function isTerminal(status) {
    return TERMINAL_STATUSES.includes(status);
}
function isKnownActive(status) {
    return ACTIVE_STATUSES.includes(status);
}

;// CONCATENATED MODULE: ./src/leapwork/parse.ts
/**
 * Lenient readers for the API's answers. Unknown fields are kept, numbers and booleans given as
 * strings are converted, statuses get their canonical case, and a documented field that is absent
 * gets a neutral default. Only the fields a caller cannot do without are required; a missing one
 * throws a ShapeError naming it.
 */


const KNOWN_STATUSES = [...TERMINAL_STATUSES, ...ACTIVE_STATUSES];
/** Parses a JSON answer; a JSON string that itself holds a JSON object or array is unwrapped. */
function decodeJson(text) {
    const value = parseJsonOrThrow(text);
    if (typeof value === 'string' && /^\s*[[{]/.test(value))
        return parseJsonOrThrow(value);
    return value;
}
/** A text answer: a JSON string (`"Stopped run x"`) is unwrapped, anything else is kept as sent. */
function parseTextAnswer(text) {
    try {
        const value = JSON.parse(text);
        return typeof value === 'string' ? value : text;
    }
    catch {
        return text;
    }
}
function canonicalStatus(status) {
    const wanted = status.trim().toLowerCase();
    return KNOWN_STATUSES.find((known) => known.toLowerCase() === wanted) ?? status;
}
function parseTimelineSummaries(value) {
    return list(value, '').map((entry, index) => {
        const fields = record(entry, `[${index}]`);
        return {
            ...fields,
            timelineId: requiredString(fields, 'timelineId', `[${index}]`),
            projectId: optionalString(fields, 'projectId') ?? '',
            title: optionalString(fields, 'title') ?? ''
        };
    });
}
function parseTimeline(value) {
    const fields = record(value, '');
    const body = record(fields.timeline, 'timeline');
    return {
        ...fields,
        projectId: optionalString(fields, 'projectId') ?? '',
        title: optionalString(fields, 'title'),
        timeline: {
            ...body,
            tracks: optionalList(body.tracks, 'timeline.tracks').map((track, index) => {
                const trackFields = record(track, `timeline.tracks[${index}]`);
                return {
                    ...trackFields,
                    id: requiredString(trackFields, 'id', `timeline.tracks[${index}]`),
                    height: optionalNumber(trackFields, 'height', `timeline.tracks[${index}]`)
                };
            }),
            trackItems: optionalList(body.trackItems, 'timeline.trackItems').map((item, index) => parseTrackItem(item, `timeline.trackItems[${index}]`)),
            isRunEnabled: optionalBoolean(body, 'isRunEnabled', 'timeline') ?? true
        },
        plannedRunTime: Math.max(0, optionalNumber(fields, 'plannedRunTime', '') ?? 0),
        estimatedVum: Math.max(0, optionalNumber(fields, 'estimatedVum', '') ?? 0)
    };
}
function parseTrackItem(value, path) {
    const fields = record(value, path);
    const id = requiredString(fields, 'id', path);
    return {
        ...fields,
        id,
        trackId: optionalString(fields, 'trackId') ?? '',
        title: optionalString(fields, 'title') ?? id,
        startTime: optionalNumber(fields, 'startTime', path) ?? 0,
        lengthTime: optionalNumber(fields, 'lengthTime', path) ?? 0,
        sequenceId: optionalString(fields, 'sequenceId') ?? '',
        region: optionalString(fields, 'region') ?? '',
        load: optionalList(fields.load, `${path}.load`).map((point, index) => parseLoadPoint(point, `${path}.load[${index}]`)),
        endCondition: optionalString(fields, 'endCondition')
    };
}
function parseLoadPoint(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        time: requiredNumber(fields, 'time', path),
        load: requiredNumber(fields, 'load', path)
    };
}
function parseDataItems(value) {
    return list(value, '').map((entry, index) => parse_readDataItem(entry, `[${index}]`));
}
function parseDataItem(value) {
    return parse_readDataItem(value, '');
}
function parse_readDataItem(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        id: optionalString(fields, 'id') ?? '',
        assetId: requiredString(fields, 'assetId', path),
        projectId: optionalString(fields, 'projectId') ?? '',
        companyId: optionalString(fields, 'companyId'),
        dataItemName: optionalString(fields, 'dataItemName') ?? '',
        text: parseRows(fields.text, at(path, 'text')),
        isDeleted: optionalBoolean(fields, 'isDeleted', path)
    };
}
/** The rows of a data item; some environments send them as a JSON string. */
function parseRows(value, path) {
    const rows = typeof value === 'string' ? decodeField(value, path) : value;
    return optionalList(rows, path).map((row, index) => record(row, `${path}[${index}]`));
}
/**
 * Only what polls and stops the run is required: its ID and poll URL. The server has started the
 * run by now, so a malformed optional field is left aside with a line in `warnings`: losing the
 * answer would lose the run, which would then go on unwatched.
 */
function parseRunStarted(value) {
    const fields = record(value, '');
    const warnings = [];
    return {
        ...fields,
        timelineId: optionalString(fields, 'timelineId') ?? '',
        runId: requiredString(fields, 'runId', ''),
        status: canonicalStatus(optionalString(fields, 'status') ?? 'Preparing'),
        estimatedVum: lenientNumber(fields, 'estimatedVum', warnings),
        plannedRunTime: lenientNumber(fields, 'plannedRunTime', warnings),
        trackItems: (lenientList(fields, 'trackItems', warnings) ?? []).flatMap((item, index) => leniently(warnings, `trackItems[${index}]`, 'track item', () => parseStartedTrackItem(item, `trackItems[${index}]`))),
        pollResultUrl: requiredString(fields, 'pollResultUrl', ''),
        warnings
    };
}
function parseStartedTrackItem(value, path) {
    const fields = record(value, path);
    return {
        ...fields,
        trackItemId: requiredString(fields, 'trackItemId', path),
        sequenceName: optionalString(fields, 'sequenceName') ?? '',
        region: optionalString(fields, 'region') ?? ''
    };
}
/**
 * Only the status is required. A malformed optional part (a report URL, a step whose figures do
 * not read) is left aside with a line in `warnings`, so it costs that part, not the run.
 */
function parseRunStatus(value) {
    const fields = record(value, '');
    const warnings = [];
    const metadata = lenientList(fields, 'metadata', warnings)?.flatMap((group, index) => leniently(warnings, `metadata[${index}]`, 'track item', () => parseTrackItemMetrics(group, `metadata[${index}]`, warnings)));
    return {
        ...fields,
        status: canonicalStatus(requiredString(fields, 'status', '')),
        metadata,
        excelReportUrl: optionalUrl(fields, 'excelReportUrl', warnings),
        aiAnalysisReportUrl: optionalUrl(fields, 'aiAnalysisReportUrl', warnings),
        warnings
    };
}
function parseTrackItemMetrics(value, path, warnings) {
    const fields = record(value, path);
    const trackItemId = requiredString(fields, 'trackItemId', path);
    return {
        ...fields,
        trackItemId,
        metadata: optionalList(fields.metadata, `${path}.metadata`).flatMap((step, index) => leniently(warnings, `${path}.metadata[${index}]`, 'step', () => parseStepMetric(step, trackItemId, `${path}.metadata[${index}]`)))
    };
}
/** The parsed part, or nothing and a warning when it is malformed. */
function leniently(warnings, path, what, parse) {
    try {
        return [parse()];
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        warnings.push(`The run's answer has a malformed ${what} at ${path}, left out: ${error.message}.`);
        return [];
    }
}
function optionalUrl(fields, key, warnings) {
    const value = fields[key];
    if (absent(value) || value === '')
        return undefined;
    if (typeof value === 'string')
        return value;
    warnings.push(`The run's ${key} was left aside: it is not a URL but ${describeValue(value)}.`);
    return undefined;
}
/** A number of at least 0, or 0 (not given) and a warning when it does not read as one. */
function lenientNumber(fields, key, warnings) {
    try {
        const value = optionalNumber(fields, key, '') ?? 0;
        if (value >= 0)
            return value;
        warnings.push(`The run's ${key} was left aside: it is negative (${value}).`);
        return 0;
    }
    catch (error) {
        if (!(error instanceof ShapeError))
            throw error;
        warnings.push(`The run's ${key} was left aside: it is not a number but ${describeValue(fields[key])}.`);
        return 0;
    }
}
/** A list, or nothing (and a warning when the field is there but something else). */
function lenientList(fields, key, warnings) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (Array.isArray(value))
        return value;
    warnings.push(`The run's ${key} was left aside: it is not a list but ${describeValue(value)}.`);
    return undefined;
}
function describeValue(value) {
    const text = JSON.stringify(value) ?? String(value);
    return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
/** The figures a gate compares are required: a missing p95 must not read as 0 ms. */
function parseStepMetric(value, trackItemId, path) {
    const fields = record(value, path);
    const stepId = requiredString(fields, 'stepId', path);
    const figure = (key) => requiredNumber(fields, key, path);
    return {
        ...fields,
        runId: optionalString(fields, 'runId') ?? '',
        trackItemId: optionalString(fields, 'trackItemId') ?? trackItemId,
        stepId,
        title: optionalString(fields, 'title') ?? stepId,
        errors: figure('errors'),
        requestsSent: figure('requestsSent'),
        totalBodyBytesSent: optionalNumber(fields, 'totalBodyBytesSent', path) ?? 0,
        totalBytesReceived: optionalNumber(fields, 'totalBytesReceived', path) ?? 0,
        min: figure('min'),
        max: figure('max'),
        average: figure('average'),
        median: figure('median'),
        p90: figure('p90'),
        p95: figure('p95'),
        p99: figure('p99')
    };
}
function parseJsonOrThrow(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ShapeError(text.trim() === '' ? 'the answer is empty' : 'the answer is not JSON');
    }
}
function decodeField(text, path) {
    try {
        return JSON.parse(text);
    }
    catch {
        throw new ShapeError(`${path} is a string that is not JSON`);
    }
}
function record(value, path) {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
        return value;
    throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not an object'}`);
}
function list(value, path) {
    if (Array.isArray(value))
        return value;
    throw new ShapeError(`${path || 'the answer'} is ${absent(value) ? 'missing' : 'not a list'}`);
}
function absent(value) {
    return value === undefined || value === null;
}
function optionalList(value, path) {
    return absent(value) ? [] : list(value, path);
}
function optionalString(fields, key) {
    const value = fields[key];
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' && Number.isFinite(value))
        return String(value);
    return undefined;
}
function requiredString(fields, key, path) {
    const value = optionalString(fields, key);
    if (value === undefined || value.trim() === '')
        throw new ShapeError(`${at(path, key)} is missing`);
    return value;
}
function optionalNumber(fields, key, path) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (typeof value === 'number' && Number.isFinite(value))
        return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) {
        return Number(value);
    }
    throw new ShapeError(`${at(path, key)} is not a number: ${JSON.stringify(value)}`);
}
function requiredNumber(fields, key, path) {
    const value = optionalNumber(fields, key, path);
    if (value === undefined)
        throw new ShapeError(`${at(path, key)} is missing`);
    return value;
}
function optionalBoolean(fields, key, path) {
    const value = fields[key];
    if (absent(value))
        return undefined;
    if (typeof value === 'boolean')
        return value;
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) {
        return value.trim().toLowerCase() === 'true';
    }
    throw new ShapeError(`${at(path, key)} is not true or false: ${JSON.stringify(value)}`);
}
function at(path, key) {
    return path === '' ? key : `${path}.${key}`;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(37067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __nccwpck_require__(44708);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(57075);
;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/proxy.js
var lib_proxy = __nccwpck_require__(19783);
;// CONCATENATED MODULE: ./src/leapwork/transport.ts
/**
 * HTTP to the Integration API: the API key header, a deadline per attempt, retries with backoff
 * for GET, at most one delivery for POST, reports streamed to disk, size caps on everything read,
 * and error messages a user can act on, with the key redacted from them.
 */








const KiB = 1024;
const MiB = 1024 * KiB;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    answerBytes: 16 * MiB,
    downloadBytes: 4 * GiB,
    stallBytes: 64 * KiB,
    stallWindowMs: 30_000,
    maxRedirects: 5
};
/** A reader's way to end the attempt with a failure of its own. */
class BodyFailure extends Error {
    failure;
    constructor(failure) {
        super(failure.type);
        this.failure = failure;
    }
}
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);
const RETRY_CODES = new Set([
    'ECONNRESET',
    'ECONNREFUSED',
    'ETIMEDOUT',
    'EPIPE',
    'ECONNABORTED',
    'ENETUNREACH',
    'EHOSTUNREACH',
    'ENOTFOUND',
    'EAI_AGAIN',
    'ERR_STREAM_PREMATURE_CLOSE'
]);
/** Failures that happen before a connection exists, so the request provably never left. */
const UNSENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);
/** Errors of the local disk while saving a report: neither retried nor blamed on the network. */
const LOCAL_FILE_CODES = new Set([
    'EACCES',
    'EPERM',
    'ENOENT',
    'ENOTDIR',
    'EISDIR',
    'EROFS',
    'ENOSPC',
    'EDQUOT',
    'EFBIG',
    'EMFILE',
    'ENFILE',
    'EIO'
]);
const SERVICE = 'Leapwork Performance';
const ERROR_BODY_LIMIT = 64 * 1024;
const SNIPPET_LENGTH = 200;
class Transport {
    options;
    base;
    secrets;
    /** Without keep-alive, so a retried POST never goes out on a socket the server already closed. */
    directAgents = { http: new external_node_http_.Agent(), https: new external_node_https_.Agent() };
    proxyAgents = new Map();
    constructor(options) {
        this.options = options;
        this.base = parseBaseUrl(options.baseUrl);
        this.secrets = [...new Set([options.apiKey, encodeURIComponent(options.apiKey)])];
    }
    endpointUrl(endpoint, query = {}) {
        const search = Object.entries(query)
            .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
            .join('&');
        const path = `${this.base.origin}${basePath(this.base)}/api/integration/${endpoint}`;
        return search ? `${path}?${search}` : path;
    }
    /** Moves a URL the server returned onto the base URL, so the key never goes elsewhere. */
    rebase(serverUrl) {
        return rebaseUrl(serverUrl, this.base.href);
    }
    /** The largest answer read into memory. */
    get answerLimit() {
        return this.options.limits.answerBytes;
    }
    redact(text) {
        return redact(text, this.secrets);
    }
    async get(endpoint, url, options = {}) {
        const call = { method: 'GET', endpoint, url, ...options, retry: options.retry ?? true };
        return this.send(call, (message, received) => this.readAnswer(endpoint, message, received));
    }
    /** Never sent twice unless the first attempt provably did not leave this machine. */
    async post(endpoint, url, body) {
        const call = { method: 'POST', endpoint, url, body: JSON.stringify(body), retry: true };
        return this.send(call, (message, received) => this.readAnswer(endpoint, message, received));
    }
    /**
     * Streams the answer to `<destination>.part` and renames it on success, so a large report is
     * never held in memory and a failed download leaves no partial file.
     */
    async download(endpoint, url, destination, options = {}) {
        const partFile = `${destination}.part`;
        const limits = {
            answerBytes: this.options.limits.answerBytes,
            maxBytes: options.maxBytes ?? this.options.limits.downloadBytes
        };
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(destination), { recursive: true });
        try {
            await this.send({
                method: 'GET',
                endpoint,
                url,
                retry: true,
                streaming: true,
                followRedirects: true,
                signal: options.signal
            }, (message, received) => saveBody(message, received, partFile, limits, options.decodeJsonText));
            await (0,promises_.rename)(partFile, destination);
        }
        catch (error) {
            await (0,promises_.rm)(partFile, { force: true });
            throw error;
        }
        return { bytes: (await (0,promises_.stat)(destination)).size };
    }
    /** The error for a 2xx answer whose content is not what the endpoint promises. */
    malformed(answer, problem) {
        return this.error('malformed', answer.endpoint, `${SERVICE} sent a malformed answer to ${answer.endpoint} (HTTP ${answer.status}): ` +
            `${problem}; the answer starts: ${snippet(answer.text)}`, { status: answer.status });
    }
    async send(first, read) {
        const attempts = first.retry ? Math.max(1, this.options.retry.attempts) : 1;
        let call = first;
        let redirects = 0;
        for (let attempt = 1;;) {
            this.options.log.debug(`${call.method} ${this.redact(this.shownUrl(call.url))}`);
            const outcome = await this.attempt(call, read);
            if (outcome.ok)
                return outcome.value;
            const { failure } = outcome;
            if (failure.type === 'redirect') {
                call = this.redirected(call, failure, ++redirects);
                continue;
            }
            if (attempt >= attempts || !isRetryable(failure, call.method)) {
                throw this.failureError(call, failure, attempt);
            }
            const delay = this.delayAfter(attempt, failure);
            this.options.log.info(`${call.endpoint}: ${describeFailure(failure)}; retrying in ${transport_formatDuration(delay)} ` +
                `(attempt ${attempt + 1} of ${attempts})`);
            await this.options.sleep(delay, call.signal);
            attempt += 1;
            call = first;
            redirects = 0;
        }
    }
    /** A URL elsewhere than base-url may carry a signature in its query: that is not logged. */
    shownUrl(url) {
        return new URL(url).origin === this.base.origin ? url : withoutQuery(url);
    }
    /**
     * The next hop of a download's redirect, as `curl -L` takes it: a few hops, https only (this
     * machine aside); the API key goes only to the base URL's origin.
     */
    redirected(call, { status, location }, hop) {
        const { endpoint } = call;
        const next = URL.canParse(location, call.url) ? new URL(location, call.url) : undefined;
        const target = next ? withoutQuery(next.href) : JSON.stringify(location);
        if (hop > this.options.limits.maxRedirects) {
            throw this.error('server', endpoint, `${SERVICE} redirected ${endpoint} more than ${this.options.limits.maxRedirects} times ` +
                `(the last to ${target}); the download was given up`, { status });
        }
        if (!next || !(next.protocol === 'https:' || (next.protocol === 'http:' && isLoopback(next)))) {
            throw this.error('server', endpoint, `${SERVICE} redirected ${endpoint} (HTTP ${status}) to ${target}, which is not followed: ` +
                'a download is only followed to https addresses', { status });
        }
        const keyless = next.origin === this.base.origin ? '' : ', without the API key';
        this.options.log.debug(`${endpoint}: redirected (HTTP ${status}) to ${target}${keyless}`);
        return { ...call, url: next.href };
    }
    async attempt(call, read) {
        const controller = new AbortController();
        let message;
        const end = (reason) => {
            message?.destroy(new Error(reason));
            controller.abort();
        };
        const watchdog = new Watchdog(this.options.requestTimeoutMs, () => end('timed out'));
        const received = new ByteCounter();
        const stall = new StallWatch(this.options.limits, received, () => end('stalled'));
        const abandon = () => end('abandoned');
        if (call.signal?.aborted)
            return { ok: false, failure: abandonedBy(call.signal) };
        call.signal?.addEventListener('abort', abandon, { once: true });
        watchdog.arm();
        try {
            message = await this.request(call, controller.signal);
            const status = message.statusCode ?? 0;
            if (call.followRedirects && isRedirect(status) && message.headers.location) {
                message.resume();
                return {
                    ok: false,
                    failure: { type: 'redirect', status, location: message.headers.location }
                };
            }
            if (status >= 200 && status < 300) {
                if (call.streaming) {
                    watchdog.disarm();
                    stall.start();
                }
                return { ok: true, value: await read(message, received) };
            }
            const body = await readText(message, ERROR_BODY_LIMIT);
            return { ok: false, failure: { type: 'status', status, headers: message.headers, body } };
        }
        catch (error) {
            if (error instanceof BodyFailure)
                return { ok: false, failure: error.failure };
            if (LOCAL_FILE_CODES.has(errorCode(error)))
                throw error;
            const status = message?.statusCode;
            if (call.signal?.aborted)
                return { ok: false, failure: { ...abandonedBy(call.signal), status } };
            if (stall.stalled) {
                return {
                    ok: false,
                    failure: { type: 'stalled', status: status ?? 0, bytes: received.total }
                };
            }
            if (watchdog.expired)
                return { ok: false, failure: { type: 'timeout', status } };
            return { ok: false, failure: { type: 'network', code: errorCode(error), status } };
        }
        finally {
            watchdog.disarm();
            stall.stop();
            call.signal?.removeEventListener('abort', abandon);
        }
    }
    /** Reads a JSON or text answer whole, up to the answer limit. */
    async readAnswer(endpoint, message, received) {
        const text = await readCapped(message, this.options.limits.answerBytes, received);
        return { endpoint, status: message.statusCode ?? 0, text };
    }
    /** Follows no redirects itself; the key goes only to the base URL's origin. */
    async request(call, signal) {
        const url = new URL(call.url);
        const agent = await this.agentFor(url);
        const key = `X-API-KEY ${this.options.apiKey}`;
        const headers = {
            ...(url.origin === this.base.origin ? { authorization: key } : {}),
            // Reports are files (xlsx, text): asking only for JSON could get a strict server's 406.
            accept: call.streaming ? '*/*' : 'application/json',
            'user-agent': this.options.userAgent
        };
        if (call.body !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = Buffer.byteLength(call.body);
        }
        const send = url.protocol === 'https:' ? external_node_https_.request : external_node_http_.request;
        return new Promise((resolve, reject) => {
            const request = send(url, { method: call.method, headers, agent, signal }, resolve);
            request.on('error', reject);
            request.end(call.body);
        });
    }
    /**
     * http-client's index loads undici, which costs tens of milliseconds at start-up, so it is
     * imported only when the runner's proxy settings route this URL through a proxy.
     */
    async agentFor(url) {
        const proxy = (0,lib_proxy/* getProxyUrl */.s)(url);
        if (!proxy?.hostname) {
            return url.protocol === 'https:' ? this.directAgents.https : this.directAgents.http;
        }
        const key = `${url.protocol} ${proxy.href}`;
        let agent = this.proxyAgents.get(key);
        if (!agent) {
            const { HttpClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779)]).then(__nccwpck_require__.bind(__nccwpck_require__, 22779));
            agent = new HttpClient(this.options.userAgent).getAgent(url.href);
            this.proxyAgents.set(key, agent);
        }
        return agent;
    }
    /** Exponential backoff with full jitter, unless the server said when to come back. */
    delayAfter(failedAttempts, failure) {
        const { baseDelayMs, maxDelayMs } = this.options.retry;
        const requested = failure.type === 'status' ? retryAfterMs(failure.headers['retry-after']) : undefined;
        if (requested !== undefined)
            return Math.min(requested, maxDelayMs);
        return Math.round(Math.random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (failedAttempts - 1)));
    }
    failureError(call, failure, attempts) {
        const after = attempts > 1 ? ` after ${attempts} attempts` : '';
        if (failure.type === 'status')
            return this.statusError(call, failure, after);
        if (failure.type === 'too-large')
            return this.tooLargeError(call.endpoint, failure);
        if (failure.type === 'stalled') {
            const { stallBytes, stallWindowMs } = this.options.limits;
            const message = `${SERVICE} sent less than ${formatBytes(stallBytes)} of ${call.endpoint} in ` +
                `${transport_formatDuration(stallWindowMs)} (HTTP ${failure.status}, ${formatBytes(failure.bytes)} ` +
                'received in all), so the download was abandoned';
            return this.error('timeout', call.endpoint, message, { status: failure.status });
        }
        if (failure.type === 'abandoned') {
            const message = `${call.endpoint} was abandoned: ${failure.reason}`;
            return this.error('timeout', call.endpoint, message, { status: failure.status });
        }
        const { status } = failure;
        if (failure.type === 'timeout') {
            const message = `${this.timeoutMessage(call, status)}${after}`;
            return this.error('timeout', call.endpoint, message, { status });
        }
        const message = status === undefined
            ? `Could not reach ${SERVICE} at ${withoutQuery(call.url)} (${failure.code})${after}; ` +
                'check base-url and that the runner can reach that address'
            : `The connection to ${SERVICE} broke while receiving the answer to ${call.endpoint} ` +
                `(HTTP ${status}, ${failure.code})${after}`;
        return this.error('unreachable', call.endpoint, message, { status, code: failure.code });
    }
    timeoutMessage({ endpoint }, status) {
        const limit = transport_formatDuration(this.options.requestTimeoutMs);
        if (status === undefined)
            return `${SERVICE} did not answer ${endpoint} within ${limit}`;
        return `${SERVICE} did not finish its answer to ${endpoint} (HTTP ${status}) within ${limit}`;
    }
    tooLargeError(endpoint, { status, bytes, announced, limit }) {
        const size = announced
            ? `an answer of ${formatBytes(bytes)}`
            : `more than ${formatBytes(limit)}`;
        const message = `${SERVICE} sent ${size} to ${endpoint} (HTTP ${status}); answers larger than ` +
            `${formatBytes(limit)} are not read`;
        return this.error('too-large', endpoint, message, { status });
    }
    statusError(call, failure, after) {
        const { kind, message } = this.describeStatus(call, failure, after);
        return this.error(kind, call.endpoint, message, { status: failure.status });
    }
    describeStatus(call, { status, body, headers }, after) {
        const { endpoint } = call;
        const words = serverWords(body);
        if (status === 401)
            return { kind: 'unauthorized', message: unauthorizedMessage(endpoint) };
        if (status === 403)
            return { kind: 'forbidden', message: forbiddenMessage(endpoint) };
        if (status === 404)
            return { kind: 'not-found', message: notFoundMessage(call, words) };
        if (status >= 300 && status < 400) {
            return { kind: 'server', message: this.redirectMessage(endpoint, status, headers.location) };
        }
        if (status >= 400 && status < 500 && !RETRY_STATUSES.has(status)) {
            const code = status === 400 ? '' : ` (HTTP ${status})`;
            const reason = words ?? snippet(body);
            return { kind: 'bad-request', message: `${SERVICE} refused ${endpoint}${code}: ${reason}` };
        }
        return {
            kind: 'server',
            message: `${SERVICE} failed on ${endpoint} with HTTP ${status}${after}; ` +
                `the answer starts: ${snippet(body)}`
        };
    }
    redirectMessage(endpoint, status, location) {
        const target = location ? ` to ${withoutQuery(location)}` : '';
        return (`${SERVICE} answered ${endpoint} with a redirect (HTTP ${status})${target}, which is ` +
            `not followed so that the API key only goes to ${this.base.origin}; set base-url to the ` +
            'address the API is served from');
    }
    error(kind, endpoint, message, details) {
        return new LeapworkError(kind, endpoint, this.redact(message), details);
    }
}
/**
 * Rebuilds a URL the server returned on the configured base URL: base origin, then the server
 * URL's path and query. A base URL with a path (`https://host/perf` behind a proxy) keeps that
 * prefix in front unless the server's path already starts with it. Accepts absolute http(s) URLs
 * and absolute paths; anything else is a ShapeError.
 */
function rebaseUrl(serverUrl, baseUrl) {
    const base = parseBaseUrl(baseUrl);
    const server = parseServerUrl(serverUrl);
    const prefix = basePath(base);
    const keepsPrefix = prefix === '' || server.pathname === prefix || server.pathname.startsWith(`${prefix}/`);
    return `${base.origin}${keepsPrefix ? '' : prefix}${server.pathname}${server.search}`;
}
function unauthorizedMessage(endpoint) {
    return (`${SERVICE} rejected the API key (HTTP 401 on ${endpoint}): it is missing, invalid, ` +
        `expired or revoked; create a new one in ${SERVICE} under Profile > Integration API Keys ` +
        'and store it as a repository secret.');
}
function forbiddenMessage(endpoint) {
    return (`${SERVICE} refused ${endpoint} (HTTP 403): integration is not enabled in this ${SERVICE} ` +
        'environment; ask an administrator to enable the Integration API.');
}
function notFoundMessage(call, words) {
    if (words)
        return `${SERVICE} refused ${call.endpoint} (HTTP 404): ${words}`;
    return (`${SERVICE} has no ${call.endpoint} at ${withoutQuery(call.url)} (HTTP 404); check that ` +
        `base-url is the address of the ${SERVICE} API, e.g. https://perfapi.leapwork.cloud`);
}
/** Whether a LeapworkError proves the request never reached the server (nothing was sent). */
function wasNeverSent(error) {
    return (error.kind === 'unreachable' &&
        error.status === undefined &&
        error.code !== undefined &&
        UNSENT_CODES.has(error.code));
}
function parseBaseUrl(baseUrl) {
    const url = URL.canParse(baseUrl) ? new URL(baseUrl) : undefined;
    if (url?.protocol === 'http:' || url?.protocol === 'https:')
        return url;
    throw new TypeError(`The base URL must be an http(s) URL, e.g. https://perfapi.leapwork.cloud`);
}
function parseServerUrl(serverUrl) {
    const text = serverUrl.trim();
    if (text.startsWith('/') && !text.startsWith('//'))
        return new URL(text, 'http://path.invalid');
    const url = URL.canParse(text) ? new URL(text) : undefined;
    if (url?.protocol === 'http:' || url?.protocol === 'https:')
        return url;
    throw new ShapeError(`${JSON.stringify(serverUrl)} is not an http(s) URL`);
}
function basePath(base) {
    return base.pathname.replace(/\/+$/, '');
}
function isRetryable(failure, method) {
    if (method === 'POST') {
        return (failure.type === 'network' && failure.status === undefined && UNSENT_CODES.has(failure.code));
    }
    if (failure.type === 'status')
        return RETRY_STATUSES.has(failure.status);
    if (failure.type === 'timeout')
        return true;
    if (failure.type === 'network')
        return RETRY_CODES.has(failure.code);
    return false;
}
function isRedirect(status) {
    return [301, 302, 303, 307, 308].includes(status);
}
function isLoopback(url) {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function abandonedBy(signal) {
    const reason = signal.reason;
    return { type: 'abandoned', reason: reason instanceof Error ? reason.message : String(reason) };
}
/** Retry-After in seconds or as an HTTP date, in milliseconds from now. */
function retryAfterMs(header) {
    if (header === undefined)
        return undefined;
    const value = header.trim();
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
/** The start of an error body, for the message; the rest is not read. */
async function readText(message, limit) {
    const chunks = [];
    let size = 0;
    for await (const chunk of message) {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= limit)
            break;
    }
    return Buffer.concat(chunks).toString('utf8');
}
/** The whole body as text; past `limit` bytes (announced or received) the attempt fails. */
async function readCapped(message, limit, received) {
    refuseAnnouncedSize(message, limit);
    const chunks = [];
    for await (const chunk of message) {
        received.add(chunk.length);
        if (received.total > limit)
            throw tooLarge(message, received.total, limit, false);
        chunks.push(chunk);
    }
    return Buffer.concat(chunks).toString('utf8');
}
function refuseAnnouncedSize(message, limit) {
    const announced = Number(message.headers['content-length']);
    if (Number.isFinite(announced) && announced > limit) {
        throw tooLarge(message, announced, limit, true);
    }
}
function tooLarge(message, bytes, limit, announced) {
    message.destroy();
    return new BodyFailure({
        type: 'too-large',
        status: message.statusCode ?? 0,
        bytes,
        announced,
        limit
    });
}
async function saveBody(message, received, partFile, limits, decodeJsonText) {
    if (decodeJsonText && /\bjson\b/i.test(message.headers['content-type'] ?? '')) {
        const limit = Math.min(limits.answerBytes, limits.maxBytes);
        await (0,promises_.writeFile)(partFile, decodeJsonText(await readCapped(message, limit, received)));
        return;
    }
    refuseAnnouncedSize(message, limits.maxBytes);
    const file = await (0,promises_.open)(partFile, 'w');
    const counted = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            received.add(chunk.length);
            if (received.total > limits.maxBytes) {
                done(tooLarge(message, received.total, limits.maxBytes, false));
            }
            else
                done(null, chunk);
        }
    });
    await (0,external_node_stream_promises_namespaceObject.pipeline)(message, counted, file.createWriteStream());
}
/** The server's own words from an error body: a JSON string, or a JSON object's message. */
function serverWords(body) {
    let value;
    try {
        value = JSON.parse(body);
    }
    catch {
        return undefined;
    }
    if (typeof value === 'string')
        return collapse(value) || undefined;
    if (typeof value !== 'object' || value === null)
        return undefined;
    const fields = value;
    const headline = ['message', 'detail', 'title', 'error']
        .map((key) => fields[key])
        .find((text) => typeof text === 'string' && text.trim() !== '');
    const problems = fieldProblems(fields.errors);
    const words = [headline, problems].filter(Boolean).join(': ');
    return words ? collapse(words) : undefined;
}
/** ASP.NET validation errors: `{ "projectId": ["The projectId field is required."] }`. */
function fieldProblems(errors) {
    if (typeof errors !== 'object' || errors === null || Array.isArray(errors))
        return undefined;
    const parts = Object.entries(errors).map(([field, messages]) => `${field}: ${[messages].flat().join(' ')}`);
    return parts.length > 0 ? parts.join('; ') : undefined;
}
function snippet(body) {
    const text = collapse(body);
    if (text === '')
        return '(nothing)';
    return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH)}…` : text;
}
function collapse(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function withoutQuery(url) {
    const parsed = URL.canParse(url) ? new URL(url) : undefined;
    return parsed ? `${parsed.origin}${parsed.pathname}` : url.split('?')[0];
}
function describeFailure(failure) {
    if (failure.type === 'status')
        return `HTTP ${failure.status}`;
    if (failure.type === 'timeout')
        return 'timed out';
    return failure.type === 'network' ? failure.code : failure.type;
}
function errorCode(error) {
    const code = error?.code;
    if (typeof code === 'string' && code !== '')
        return code;
    return error instanceof Error ? error.message : String(error);
}
function transport_formatDuration(ms) {
    return ms < 1000 ? `${ms} ms` : `${Number((ms / 1000).toFixed(1))} s`;
}
function formatBytes(bytes) {
    const units = [
        [GiB, 'GiB'],
        [MiB, 'MiB'],
        [KiB, 'KiB']
    ];
    const [size, unit] = units.find(([unitSize]) => bytes >= unitSize) ?? [1, 'bytes'];
    return `${Number((bytes / size).toFixed(1))} ${unit}`;
}
class ByteCounter {
    total = 0;
    add(bytes) {
        this.total += bytes;
    }
}
/** Fires when a window of `stallWindowMs` brings less than `stallBytes`. */
class StallWatch {
    limits;
    received;
    onStall;
    stalled = false;
    timer;
    seenAtWindowStart = 0;
    constructor(limits, received, onStall) {
        this.limits = limits;
        this.received = received;
        this.onStall = onStall;
    }
    start() {
        this.seenAtWindowStart = this.received.total;
        this.timer = setInterval(() => {
            if (this.received.total - this.seenAtWindowStart < this.limits.stallBytes) {
                this.stalled = true;
                this.stop();
                this.onStall();
            }
            this.seenAtWindowStart = this.received.total;
        }, this.limits.stallWindowMs);
    }
    stop() {
        clearInterval(this.timer);
    }
}
/** A deadline that fires once; arming it again restarts the countdown. */
class Watchdog {
    ms;
    onExpire;
    expired = false;
    timer;
    constructor(ms, onExpire) {
        this.ms = ms;
        this.onExpire = onExpire;
    }
    arm() {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => {
            this.expired = true;
            this.onExpire();
        }, this.ms);
    }
    disarm() {
        clearTimeout(this.timer);
    }
}

;// CONCATENATED MODULE: ./src/leapwork/client.ts





const DEFAULT_TIMEOUT_MS = 30_000;
const DEFAULT_RETRY = { attempts: 5, baseDelayMs: 1000, maxDelayMs: 30_000 };
const DEFAULT_USER_AGENT = 'leapwork-performance-action';
/** The Leapwork Performance Integration API, typed; knows nothing of GitHub. */
class LeapworkClient {
    transport;
    constructor(options) {
        this.transport = new Transport({
            baseUrl: options.baseUrl,
            apiKey: options.apiKey.trim(),
            log: options.log ?? silentLog,
            requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_TIMEOUT_MS,
            retry: { ...DEFAULT_RETRY, ...options.retry },
            userAgent: options.userAgent ?? DEFAULT_USER_AGENT,
            sleep: options.sleep ?? waitOrAbandon,
            limits: { ...DEFAULT_LIMITS, ...options.limits }
        });
    }
    getTimelines() {
        return this.getJson('getTimelines', {}, parseTimelineSummaries);
    }
    getTimelineAsset(timelineAssetId) {
        return this.getJson('getTimelineAsset', { timelineAssetId }, parseTimeline);
    }
    getTimeline(timelineName, projectId) {
        return this.getJson('getTimeline', { timelineName, projectId }, parseTimeline);
    }
    getDataItems(projectId) {
        return this.getJson('getDataItems', { projectId }, parseDataItems);
    }
    getDataItemAsset(dataItemId) {
        return this.getJson('getDataItemAsset', { dataItemId }, parseDataItem);
    }
    getDataItem(dataItemName, projectId) {
        return this.getJson('getDataItem', { dataItemName, projectId }, parseDataItem);
    }
    /**
     * Starts a run. A failure after the request may have reached the server is a
     * RunMayHaveStartedError: the request is never repeated, since that could start a second run.
     */
    async runIntegration(body) {
        const endpoint = 'runIntegration';
        try {
            const answer = await this.transport.post(endpoint, this.transport.endpointUrl(endpoint), body);
            return this.decode(answer, (value) => {
                const started = parseRunStarted(value);
                return { ...started, pollResultUrl: this.transport.rebase(started.pollResultUrl) };
            });
        }
        catch (error) {
            if (error instanceof LeapworkError && (isRefusal(error) || wasNeverSent(error)))
                throw error;
            throw new RunMayHaveStartedError(timelineOf(body), this.reasonOf(error), error);
        }
    }
    /** Polls the run; `pollResultUrl` is what runIntegration returned. `retry: false` tries once. */
    async getTimelineStatus(pollResultUrl, options = {}) {
        const url = this.serverUrl('getTimelineStatus', pollResultUrl);
        const answer = await this.transport.get('getTimelineStatus', url, {
            retry: options.retry ?? true
        });
        return this.decode(answer, (value) => {
            const result = parseRunStatus(value);
            const warnings = [...(result.warnings ?? [])];
            const reportUrl = (field) => {
                const serverUrl = result[field];
                if (serverUrl === undefined)
                    return undefined;
                try {
                    return this.transport.rebase(serverUrl);
                }
                catch (error) {
                    if (!(error instanceof ShapeError))
                        throw error;
                    warnings.push(this.transport.redact(`The run's ${field} was left aside: ${error.message}.`));
                    return undefined;
                }
            };
            return {
                ...result,
                excelReportUrl: reportUrl('excelReportUrl'),
                aiAnalysisReportUrl: reportUrl('aiAnalysisReportUrl'),
                warnings
            };
        });
    }
    downloadRunReport(excelReportUrl, destinationPath, { signal } = {}) {
        const url = this.serverUrl('downloadRunReport', excelReportUrl);
        return this.transport.download('downloadRunReport', url, destinationPath, { signal });
    }
    /**
     * Saves the combined AI analysis as text, unwrapping it when the server sends a JSON string.
     * It is read back whole later, so it takes the cap of an answer, not of a download.
     */
    downloadAiAnalysisReport(aiAnalysisReportUrl, destinationPath, { signal } = {}) {
        const endpoint = 'downloadAiAnalysisReport';
        const url = this.serverUrl(endpoint, aiAnalysisReportUrl);
        return this.transport.download(endpoint, url, destinationPath, {
            decodeJsonText: parseTextAnswer,
            maxBytes: this.transport.answerLimit,
            signal
        });
    }
    async getAiAnalysis(runId, trackItemId, { signal } = {}) {
        return this.getText('getAiAnalysis', { runId, trackItemId }, { signal, followRedirects: true });
    }
    /** Answers the server's confirmation, e.g. "Stopped run run_x7k2m". */
    async stopIntegration(runId) {
        return this.getText('stopIntegration', { runId });
    }
    async getJson(endpoint, query, parse) {
        const answer = await this.transport.get(endpoint, this.transport.endpointUrl(endpoint, query));
        return this.decode(answer, parse);
    }
    async getText(endpoint, query, options = {}) {
        const url = this.transport.endpointUrl(endpoint, query);
        const answer = await this.transport.get(endpoint, url, options);
        return parseTextAnswer(answer.text);
    }
    decode(answer, parse) {
        try {
            return parse(decodeJson(answer.text));
        }
        catch (error) {
            if (error instanceof ShapeError)
                throw this.transport.malformed(answer, error.message);
            throw error;
        }
    }
    /** A URL the server handed out, moved onto the base URL; one that is no URL is malformed. */
    serverUrl(endpoint, url) {
        try {
            return this.transport.rebase(url);
        }
        catch (error) {
            if (!(error instanceof ShapeError))
                throw error;
            throw new LeapworkError('malformed', endpoint, this.transport.redact(`Cannot call ${endpoint}: ${error.message}`));
        }
    }
    reasonOf(error) {
        return this.transport.redact(error instanceof Error ? error.message : String(error));
    }
}
/** The server answered and said no: nothing was started. */
function isRefusal(error) {
    return ['unauthorized', 'forbidden', 'bad-request', 'not-found'].includes(error.kind);
}
function timelineOf(body) {
    if (body.timelineAssetId)
        return `'${body.timelineAssetId}'`;
    if (body.timelineName)
        return `'${body.timelineName}' (project ${body.projectId ?? 'not given'})`;
    return '(none given)';
}
function waitOrAbandon(ms, signal) {
    return (0,external_node_timers_promises_.setTimeout)(ms, undefined, { signal }).catch(() => undefined);
}

// EXTERNAL MODULE: ./src/metrics/figures.ts + 1 modules
var figures = __nccwpck_require__(43242);
// EXTERNAL MODULE: ./src/metrics/load.ts
var load = __nccwpck_require__(79341);
;// CONCATENATED MODULE: ./src/github/context.ts
/** Facts about the workflow run the action is part of, from the runner's environment. */
function workflowRunUrl(env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT } = env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    const attempt = GITHUB_RUN_ATTEMPT && GITHUB_RUN_ATTEMPT !== '1' ? `/attempts/${GITHUB_RUN_ATTEMPT}` : '';
    return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}${attempt}`;
}
function artifactUrl(artifactId, env = process.env) {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = env;
    if (!GITHUB_REPOSITORY || !GITHUB_RUN_ID)
        return undefined;
    return `${GITHUB_SERVER_URL ?? 'https://github.com'}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${artifactId}`;
}
function runSource(env = process.env) {
    return {
        repository: env.GITHUB_REPOSITORY,
        ref: env.GITHUB_REF,
        sha: env.GITHUB_SHA,
        workflowRunId: env.GITHUB_RUN_ID,
        workflowRunUrl: workflowRunUrl(env),
        job: env.GITHUB_JOB
    };
}

;// CONCATENATED MODULE: ./src/github/state.ts

/**
 * What main leaves for the post step: the run it started with wait: true, and whether that run
 * ended, or the timeline of a start left unanswered on cancel. A run started with wait: false is
 * never recorded, so the post step never stops it.
 */
const runState = {
    recordStarted(runId, pollResultUrl) {
        core.saveState('runId', runId);
        core.saveState('pollResultUrl', pollResultUrl);
    },
    /** Main was cancelled before the start request was answered: a run may exist that no one knows. */
    recordStartPending: (timeline) => core.saveState('startPendingFor', timeline),
    pendingStart() {
        return core.getState('runId') ? undefined : core.getState('startPendingFor') || undefined;
    },
    recordEnded: () => core.saveState('runEnded', 'true'),
    unfinishedRun() {
        const runId = core.getState('runId');
        if (!runId || core.getState('runEnded') === 'true')
            return undefined;
        return { runId, pollResultUrl: core.getState('pollResultUrl') };
    }
};

// EXTERNAL MODULE: ./node_modules/fastest-levenshtein/mod.js
var mod = __nccwpck_require__(21916);
;// CONCATENATED MODULE: ./src/run/resolve.ts


/** A refusal before the run starts: the timeline or data item cannot be run as asked. */
class PlanError extends Error {
    constructor(message) {
        super(message);
        this.name = 'PlanError';
    }
}
async function resolvePlan(client, settings) {
    const { timeline, title, knownTitle, assetId } = await resolveTimeline(client, settings.timeline);
    if (!timeline.timeline.isRunEnabled) {
        throw new PlanError(`Timeline "${title}" cannot be run: Leapwork Performance reports isRunEnabled: false. Enable it for runs in the portal, or choose another timeline.`);
    }
    checkTrackItems(timeline, title, settings.trackItems);
    const projectId = settings.projectId ?? timeline.projectId;
    const dataItem = settings.dataItem && (await resolveDataItem(client, settings.dataItem, projectId));
    if (dataItem && settings.role)
        checkRole(dataItem, settings.role);
    await checkTrackItemDataItems(client, settings.trackItems, projectId, dataItem);
    return {
        timeline,
        timelineTitle: title,
        timelineAssetId: assetId,
        dataItem,
        request: buildRequest(settings, dataItem),
        warnings: [
            ...nameMismatch('timeline', settings.timeline, knownTitle),
            ...nameMismatch('data-item', settings.dataItem, dataItem?.dataItemName)
        ]
    };
}
/** An ID wins over a name given beside it; when they name different assets, the user hears of it. */
function nameMismatch(input, ref, actualName) {
    if (!ref || !('id' in ref) || !ref.name || actualName === undefined)
        return [];
    if (ref.name === actualName)
        return [];
    const what = input === 'timeline' ? 'timeline' : 'data item';
    return [
        `Inputs "${input}-id" and "${input}-name" disagree: ID "${ref.id}" is the ${what} "${actualName}", not "${ref.name}". The ID wins, so "${actualName}" is used; remove one of the two inputs.`
    ];
}
/** The timeline, the title to show for it, and the title the server gave it, if it gave one. */
async function resolveTimeline(client, ref) {
    if ('id' in ref) {
        const timeline = await orUnknown(client.getTimelineAsset(ref.id), (refusal) => unknownTimeline(client, refusal, `ID "${ref.id}"`, ref.id, (t) => t.timelineId === ref.id));
        const knownTitle = timeline.title ?? (await titleOf(client, ref.id));
        return { timeline, title: knownTitle ?? ref.id, knownTitle, assetId: ref.id };
    }
    const timeline = await orUnknown(client.getTimeline(ref.name, ref.projectId), (refusal) => unknownTimeline(client, refusal, `name "${ref.name}" in project ${ref.projectId}`, ref.name, (t) => t.title === ref.name && t.projectId === ref.projectId));
    const title = timeline.title ?? ref.name;
    return { timeline, title, knownTitle: title };
}
/** The title the timeline list gives the ID; undefined when the list does not say. */
async function titleOf(client, timelineId) {
    try {
        const timelines = await client.getTimelines();
        return timelines.find((t) => t.timelineId === timelineId)?.title;
    }
    catch {
        return undefined;
    }
}
/**
 * The API answers 400 for an unknown timeline, but also for other refusals: when the timeline
 * does exist, the server's own words are the better message.
 */
async function unknownTimeline(client, refusal, asked, query, isAsked) {
    const timelines = await client.getTimelines().catch(() => []);
    if (timelines.some(isAsked))
        throw refusal;
    const closest = closestOf(query, timelines, (t) => [t.title, t.timelineId]);
    const hint = closest.length
        ? ` Closest existing timelines: ${closest.map((t) => `"${t.title}" (ID ${t.timelineId}, project ${t.projectId})`).join(', ')}.`
        : " The API key's company has no timelines.";
    throw new PlanError(`No timeline found with ${asked}.${hint}`);
}
async function resolveDataItem(client, ref, projectId) {
    const asked = 'id' in ref ? `ID "${ref.id}"` : `name "${ref.name}" in project ${ref.projectId}`;
    const lookup = 'id' in ref ? client.getDataItemAsset(ref.id) : client.getDataItem(ref.name, ref.projectId);
    const isAsked = (d) => 'id' in ref ? d.assetId === ref.id : d.dataItemName === ref.name;
    const dataItem = await orUnknown(lookup, async (refusal) => {
        const items = (await client.getDataItems(projectId).catch(() => [])).filter((item) => !item.isDeleted);
        if (items.some(isAsked))
            throw refusal;
        const closest = closestOf('id' in ref ? ref.id : ref.name, items, (d) => [
            d.dataItemName,
            d.assetId
        ]);
        const hint = closest.length
            ? ` Closest data items in project ${projectId}: ${closest.map((d) => `"${d.dataItemName}" (ID ${d.assetId})`).join(', ')}.`
            : '';
        throw new PlanError(`No data item found with ${asked}.${hint}`);
    });
    if (dataItem.isDeleted) {
        throw new PlanError(`Data item "${dataItem.dataItemName}" (${dataItem.assetId}) is deleted.`);
    }
    return dataItem;
}
function checkRole(dataItem, role, input = 'Input "role"') {
    const roles = [
        ...new Set(dataItem.text.map((row) => row.role).filter((r) => typeof r === 'string'))
    ];
    if (!roles.includes(role)) {
        const known = roles.length
            ? `its roles are ${roles.map((r) => `"${r}"`).join(', ')}`
            : 'it has no roles';
        throw new PlanError(`${input}: no row of data item "${dataItem.dataItemName}" has role "${role}"; ${known}.`);
    }
}
function checkTrackItems(timeline, title, trackItems) {
    if (!trackItems)
        return;
    const known = timeline.timeline.trackItems.map((item) => item.id);
    const unknown = Object.keys(trackItems).filter((id) => !known.includes(id));
    if (unknown.length > 0) {
        throw new PlanError(`Input "track-items" names ${unknown.map((id) => `"${id}"`).join(', ')}, not a track item of timeline "${title}"; its track items are ${known.map((id) => `"${id}"`).join(', ')}.`);
    }
}
/** Each track-items entry's data item exists and has the roles it selects, checked as for `data-item-id`. */
async function checkTrackItemDataItems(client, trackItems, projectId, resolved) {
    const dataItems = new Map(resolved ? [[resolved.assetId, resolved]] : []);
    for (const [trackItemId, entry] of Object.entries(trackItems ?? {})) {
        const input = `Input "track-items", track item "${trackItemId}"`;
        const id = entry.dataItemAssetId;
        const dataItem = dataItems.get(id) ??
            (await resolveDataItem(client, { id }, projectId).catch((error) => {
                throw error instanceof PlanError ? new PlanError(`${input}: ${error.message}`) : error;
            }));
        dataItems.set(id, dataItem);
        for (const role of entry.selectedRoles)
            checkRole(dataItem, role, input);
    }
}
function buildRequest(settings, dataItem) {
    const timeline = 'id' in settings.timeline
        ? { timelineAssetId: settings.timeline.id }
        : { timelineName: settings.timeline.name, projectId: settings.timeline.projectId };
    return {
        ...timeline,
        ...(dataItem ? { dataItemAssetId: dataItem.assetId } : {}),
        ...(settings.role ? { role: settings.role } : {}),
        ...(settings.userCount ? { userCount: settings.userCount } : {}),
        ...(settings.trackItems ? { trackItems: settings.trackItems } : {})
    };
}
/** Turns the API's "unknown" answer (400 or 404) into the caller's own refusal. */
async function orUnknown(lookup, whenUnknown) {
    try {
        return await lookup;
    }
    catch (error) {
        if (error instanceof LeapworkError &&
            (error.kind === 'bad-request' || error.kind === 'not-found')) {
            return whenUnknown(error);
        }
        throw error;
    }
}
function closestOf(query, candidates, keys, count = 3) {
    const q = query.toLowerCase();
    const score = (c) => Math.min(...keys(c).map((k) => (0,mod/* distance */.Io)(q, k.toLowerCase()) / Math.max(q.length, k.length, 1)));
    return candidates
        .map((candidate) => ({ candidate, score: score(candidate) }))
        .sort((a, b) => a.score - b.score)
        .slice(0, count)
        .map(({ candidate }) => candidate);
}

;// CONCATENATED MODULE: ./src/run/estimate.ts
const MAX_LISTED_CHANGES = 5;
const NO_ESTIMATE = 'the timeline gives no estimate and has no load profile';
/**
 * The timeline's estimatedVum, scaled where the inputs change the users. Each track item's share of
 * the estimate follows its load profile (users held over time); a changed item's share grows or
 * shrinks with its peak users. A timeline without an estimate is estimated from its load profile.
 * A track-items entry wins over user-count, which counts for every other track item: the server
 * may apply it only with a data item, but a budget check should not assume users away.
 */
function estimateUsage(timeline, settings) {
    const items = timeline.timeline.trackItems;
    const trackItems = items.map((item) => usageOf(item, settings));
    const profileMinutes = items.map(userMinutes);
    const totalProfileMinutes = profileMinutes.reduce((sum, minutes) => sum + minutes, 0);
    const basis = basisOf(timeline.estimatedVum, totalProfileMinutes);
    const changed = trackItems.filter((item) => item.usersFrom !== 'timeline').length;
    const allChanged = changed > 0 && changed === trackItems.length;
    if (!basis && !allChanged)
        return { vum: 0, unknown: true, method: NO_ESTIMATE, trackItems };
    if (basis && changed === 0)
        return { vum: oneDecimal(basis.vum), method: basis.whole, trackItems };
    const parts = trackItems.map((usage, index) => {
        const share = basis && totalProfileMinutes > 0
            ? (basis.vum * profileMinutes[index]) / totalProfileMinutes
            : 0;
        return scaledShare(usage, share, items[index]);
    });
    const vum = parts.reduce((sum, part) => sum + part.vum, 0);
    const changes = listed(parts.map((part) => part.change).filter((change) => change !== undefined));
    const from = basis
        ? `${basis.scaled}, scaled per track item by its virtual users against the timeline's peak`
        : NO_ESTIMATE;
    return { vum: oneDecimal(vum), method: `${from}: ${changes}`, trackItems };
}
/** The inputs' limit against the estimate: a refusal naming both, or undefined when within it. */
function overBudget(estimate, maxVum) {
    if (maxVum === undefined)
        return undefined;
    if (estimate.unknown) {
        return `Input "max-vum" allows ${maxVum} VUM, but no estimate could be made for this run: ${estimate.method}. Nothing was started; set the users with "user-count" or "track-items" so they can be counted, or remove "max-vum".`;
    }
    if (estimate.vum <= maxVum)
        return undefined;
    return `Input "max-vum" allows ${maxVum} VUM, but this run is estimated at ${estimate.vum} VUM (${estimate.method}). Nothing was started; lower the users or raise "max-vum".`;
}
function basisOf(timelineVum, profileMinutes) {
    if (timelineVum > 0) {
        return {
            vum: timelineVum,
            whole: "the timeline's own estimate",
            scaled: `the timeline's estimate of ${oneDecimal(timelineVum)} VUM`
        };
    }
    if (profileMinutes > 0) {
        return {
            vum: profileMinutes,
            whole: "the timeline's load profile (the timeline gives no estimate)",
            scaled: `the timeline's load profile of ${oneDecimal(profileMinutes)} VUM (the timeline gives no estimate)`
        };
    }
    return undefined;
}
function usageOf(item, settings) {
    const timelineUsers = peakUsers(item);
    const configured = settings.trackItems?.[item.id]?.userCount;
    const [users, usersFrom] = configured !== undefined
        ? [configured, 'track-items']
        : settings.userCount !== undefined
            ? [settings.userCount, 'user-count']
            : [timelineUsers, 'timeline'];
    return {
        trackItemId: item.id,
        title: item.title,
        region: item.region,
        users,
        usersFrom,
        timelineUsers
    };
}
function scaledShare(usage, share, item) {
    if (usage.usersFrom === 'timeline')
        return { vum: share };
    const { trackItemId: id, users, timelineUsers } = usage;
    if (share > 0 && timelineUsers > 0) {
        const factor = users / timelineUsers;
        return {
            vum: share * factor,
            change: `${id} ${timelineUsers} → ${users} users (×${Number(factor.toFixed(2))})`
        };
    }
    const minutes = Math.max(0, item.lengthTime) / 60;
    return {
        vum: users * minutes,
        change: `${id} has no share of the timeline's estimate, so ${users} users for its full ${oneDecimal(minutes)} min`
    };
}
/** Virtual-user minutes of the load profile: each load point holds until the next one. */
function userMinutes(item) {
    return item.load.reduce((total, point, index) => {
        const until = item.load[index + 1]?.time ?? item.lengthTime;
        return total + (Math.max(0, point.load) * Math.max(0, until - point.time)) / 60;
    }, 0);
}
function peakUsers(item) {
    return Math.max(0, ...item.load.map((point) => point.load));
}
function listed(changes) {
    const shown = changes.slice(0, MAX_LISTED_CHANGES).join(', ');
    const more = changes.length - MAX_LISTED_CHANGES;
    return more > 0 ? `${shown} and ${more} more` : shown;
}
function oneDecimal(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/present/format.ts
/**
 * Escaping and views of the models shared by the job summary, the PR comment and the JUnit file.
 * Numbers are formatted by `../number-format.ts`, which the verdict's sentences share.
 */

// eslint-disable-next-line no-control-regex -- these are the characters being removed
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LINE_BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
const MARKDOWN_PUNCTUATION = /[\\`*_[\]~|]/g;
const BLOCK_START = /^(\s*\d*)([-+=#.)])/;
const BULLET = /^\s*[-*•+]\s+(.*)$/;
/** `@name` and `@org/team` notify people in a comment; a zero-width space after `@` does not. */
const MENTION = /@(?=[A-Za-z0-9])/g;
const UNMENTIONED = '@&#8203;';
const VERDICT_WORDS = {
    passed: '✅ Passed',
    failed: '❌ Failed',
    error: '⚠️ Error'
};
/** Removes control characters other than tab and line breaks: XML 1.0 forbids them. */
function stripControlCharacters(text) {
    return text.replace(CONTROL_CHARACTERS, '');
}
/** Cuts text to at most maxLength characters, ending in `…` when cut, never inside a surrogate pair. */
function truncate(text, maxLength) {
    if (text.length <= maxLength)
        return text;
    let end = Math.max(0, maxLength - 1);
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
/**
 * Makes untrusted text safe on one line of markdown: a table cell, a heading or a list item. Line
 * breaks become spaces, markdown punctuation is backslash-escaped, HTML is shown as text and
 * mentions notify no one.
 */
function escapeMarkdownCell(text) {
    return stripControlCharacters(text)
        .replace(LINE_BREAKS, ' ')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MENTION, UNMENTIONED)
        .replace(BLOCK_START, '$1\\$2');
}
/**
 * Makes untrusted multi-line text safe as a markdown block: every line is shown as written, as a
 * paragraph of its own, except that lines starting with a bullet become a list.
 */
function escapeMarkdownText(text) {
    const blocks = [];
    let previousWasBullet = false;
    for (const line of stripControlCharacters(text).split(/\r\n|[\r\n\u2028\u2029]/)) {
        if (line.trim() === '')
            continue;
        const bullet = BULLET.exec(line);
        const rendered = bullet ? `- ${escapeMarkdownCell(bullet[1])}` : escapeMarkdownCell(line.trim());
        if (blocks.length > 0)
            blocks.push(bullet && previousWasBullet ? '\n' : '\n\n');
        blocks.push(rendered);
        previousWasBullet = bullet !== null;
    }
    return blocks.join('');
}
/** An identifier as inline code, or escaped text when it holds what a code span cannot. */
function inlineCode(text) {
    return /^[^`|\r\n\u2028\u2029]+$/.test(text) && stripControlCharacters(text) === text
        ? `\`${text}\``
        : escapeMarkdownCell(text);
}
/** A markdown link when the URL is http(s), otherwise just the escaped text. */
function markdownLink(text, url) {
    const label = escapeMarkdownCell(text);
    if (!url || !/^https?:\/\//i.test(url))
        return label;
    const safeUrl = url.replace(/[\s()<>]/g, (character) => encodeURIComponent(character));
    return `[${label}](${safeUrl})`;
}
/**
 * The verdict as one line: icon and outcome, the leg's name when given, then the reason:
 * `✅ Passed — 3 criteria held on 8 steps`.
 */
function verdictHeadline(verdict, name) {
    const leg = name ? ` (${escapeMarkdownCell(name)})` : '';
    return `${VERDICT_WORDS[verdict.result]}${leg} — ${escapeMarkdownCell(truncate(verdict.reason, 300))}`;
}
/** One line per requested check that could not be made, each starting with ⚠️. */
function unmadeCheckLines(verdict, maxLength) {
    return verdict.unmadeChecks.map((check) => `⚠️ **Not checked:** ${escapeMarkdownCell(truncate(check, maxLength))}`);
}
function allSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({ trackItem, step })));
}
function slowestFirst(a, b) {
    return comparableP95(b) - comparableP95(a);
}
function comparableP95({ step }) {
    return Number.isFinite(step.p95) ? step.p95 : -1;
}
function stepKey(trackItemId, stepId) {
    return `${trackItemId ?? ''}\u0000${stepId}`;
}
/**
 * Finds steps by track item and step id, or by step id alone (its first occurrence) for references
 * that do not name the track item.
 */
function indexSteps(steps) {
    const index = new Map();
    for (const view of steps) {
        index.set(stepKey(view.trackItem.trackItemId, view.step.stepId), view);
        const anyTrackItem = stepKey(undefined, view.step.stepId);
        if (!index.has(anyTrackItem))
            index.set(anyTrackItem, view);
    }
    return index;
}
/** Each track item's title by its ID. */
function trackItemTitles(metrics) {
    return new Map(metrics.trackItems.map((item) => [item.trackItemId, item.title]));
}
/** `GET /a (Login Flow), GET /b (Checkout) and 3 more`: steps by title and track item, escaped. */
function stepNameList(steps, titles, limits) {
    const name = (text) => escapeMarkdownCell(truncate(text, limits.maxTitleLength));
    const names = steps
        .slice(0, limits.maxListed)
        .map((step) => `${name(step.title)} (${name(titles.get(step.trackItemId) ?? step.trackItemId)})`);
    const more = steps.length - names.length;
    return more > 0 ? `${names.join(', ')} and ${formatCount(more)} more` : names.join(', ');
}
/** Keys of the steps that fail the gate: breached a threshold or regressed. */
function gatedStepKeys(verdict, index) {
    const keys = new Set();
    const references = [
        ...verdict.breaches.filter((breach) => breach.stepId !== undefined),
        ...verdict.regressions
    ];
    for (const reference of references) {
        const view = index.get(stepKey(reference.trackItemId, reference.stepId ?? ''));
        if (view)
            keys.add(stepKey(view.trackItem.trackItemId, view.step.stepId));
    }
    return keys;
}
/** `1.24 s on POST /api/login (Login Flow)`, escaped, or a sentence saying there were no steps. */
function worstP95Text(metrics, maxTitleLength) {
    const worst = metrics.totals.worstP95Step;
    if (!worst)
        return 'no steps reported';
    const trackItem = metrics.trackItems.find((item) => item.trackItemId === worst.trackItemId);
    const where = trackItem
        ? ` (${escapeMarkdownCell(truncate(trackItem.title, maxTitleLength))})`
        : '';
    const title = escapeMarkdownCell(truncate(worst.title, maxTitleLength));
    return `${formatMs(metrics.totals.worstP95)} on ${title}${where}`;
}
/** `0.52% (12 of 2,300 requests)` */
function errorRateText(metrics) {
    const { errorRate, errors, requests } = metrics.totals;
    return `${formatPercent(errorRate)} (${formatCount(errors)} of ${formatCount(requests)} requests)`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./src/present/plan.ts
/** The plan of a run before it starts: log lines for every run, and the job summary of a dry run. */


const MAX_TABLE_ROWS = 200;
const MAX_TITLE_LENGTH = 200;
/** The plan as the log shows it, one line per entry. */
function planLogLines({ plan, usage, maxVum }) {
    const { timeline } = plan;
    const lines = [`Timeline "${plan.timelineTitle}" (project ${timeline.projectId})`];
    for (const item of usage.trackItems) {
        lines.push(`  track item ${item.trackItemId} "${item.title}" in ${item.region || 'an unnamed region'}: ${usersText(item)}`);
    }
    lines.push(`Planned run time: ${timeline.plannedRunTime} s; estimated usage: ${estimateText(usage)} (${usage.method})`);
    const dataItem = dataItemText(plan);
    if (dataItem)
        lines.push(`Data item ${dataItem}`);
    if (maxVum !== undefined)
        lines.push(`Usage limit: max-vum ${maxVum} VUM (${limitVerdict(usage, maxVum)})`);
    return lines;
}
/** The job summary of a dry run: what would run, for how long, at what estimated cost. */
function renderPlanSummary({ plan, usage, maxVum }) {
    const headline = headlineOf(usage, maxVum);
    const timelineId = plan.timelineAssetId ? `${inlineCode(plan.timelineAssetId)}, ` : '';
    const facts = [
        `- **Timeline:** ${cell(plan.timelineTitle)} (${timelineId}project ${inlineCode(plan.timeline.projectId)})`,
        `- **Planned run time:** ${formatDuration(plan.timeline.plannedRunTime)}`,
        `- **Estimated usage:** ${estimateText(usage)}, ${escapeMarkdownCell(usage.method)}`
    ];
    if (maxVum !== undefined) {
        facts.push(`- **Usage limit:** \`max-vum\` ${maxVum} VUM; ${limitVerdict(usage, maxVum)}`);
    }
    const dataItem = dataItemMarkdown(plan);
    if (dataItem)
        facts.push(`- **Data item:** ${dataItem}`);
    return [
        headline,
        facts.join('\n'),
        '### Track items',
        table(['Track item', 'Title', 'Region', 'Virtual users'], trackItemRows(usage.trackItems)),
        omittedRows(usage.trackItems.length)
    ]
        .filter((section) => section !== '')
        .join('\n\n');
}
function trackItemRows(items) {
    return items
        .slice(0, MAX_TABLE_ROWS)
        .map((item) => [
        inlineCode(item.trackItemId),
        cell(item.title),
        cell(item.region || '–'),
        cell(usersText(item))
    ]);
}
function omittedRows(count) {
    const omitted = count - MAX_TABLE_ROWS;
    return omitted > 0 ? `…and ${omitted} more track items.` : '';
}
function usersText(item) {
    return item.usersFrom === 'timeline'
        ? `${item.users} virtual users at peak (the timeline's load)`
        : `${item.users} virtual users (${item.usersFrom})`;
}
function dataItemText(plan) {
    if (!plan.dataItem)
        return undefined;
    const role = plan.request.role ? `, role "${plan.request.role}"` : '';
    const users = plan.request.userCount ? `, ${plan.request.userCount} users` : '';
    return `"${plan.dataItem.dataItemName}" (${plan.dataItem.assetId})${role}${users}`;
}
function dataItemMarkdown({ dataItem, request }) {
    if (!dataItem)
        return undefined;
    const role = request.role ? `, role ${cell(request.role)}` : '';
    const users = request.userCount ? `, ${request.userCount} users` : '';
    return `${cell(dataItem.dataItemName)} (${inlineCode(dataItem.assetId)})${role}${users}`;
}
function estimateText(usage) {
    return usage.unknown ? 'unknown' : `${usage.vum} VUM`;
}
function headlineOf(usage, maxVum) {
    if (maxVum !== undefined && usage.unknown) {
        return '## ❌ Leapwork Performance dry run: no estimate to check against `max-vum`; nothing was started';
    }
    if (maxVum !== undefined && usage.vum > maxVum) {
        return '## ❌ Leapwork Performance dry run: the plan is over `max-vum`; nothing was started';
    }
    return '## 🔎 Leapwork Performance dry run: the plan is valid; nothing was started';
}
function limitVerdict(usage, maxVum) {
    if (usage.unknown)
        return 'no estimate could be made to check against it';
    return usage.vum > maxVum ? 'the estimate is over it' : 'the estimate is within it';
}
function cell(text) {
    return escapeMarkdownCell(truncate(text, MAX_TITLE_LENGTH));
}
function table(header, rows) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

;// CONCATENATED MODULE: ./src/run/stop.ts



/**
 * Stops a run the action gives up on, then polls for its final status (and its reports).
 * A 400 or 404 from stopIntegration means the run had already ended: nothing is left running.
 */
async function stopRun(client, run, log, options = {}) {
    let stopped;
    try {
        const answer = await client.stopIntegration(run.runId);
        log.info(`Stop requested for run ${run.runId}: ${answer}`);
        stopped = true;
    }
    catch (error) {
        if (error instanceof LeapworkError &&
            (error.kind === 'bad-request' || error.kind === 'not-found')) {
            log.info(`Run ${run.runId} had already ended: ${error.message}`);
            stopped = true;
        }
        else {
            const reason = error instanceof Error ? error.message : String(error);
            log.error(`Could not stop run ${run.runId}: ${reason.replace(/\.$/, '')}. Stop it in the Leapwork Performance portal so it does not use more virtual-user time.`);
            return { stopped: false };
        }
    }
    return { stopped, final: await pollFinal(client, run.pollResultUrl, options) };
}
async function pollFinal(client, pollResultUrl, { finalPolls = 1, pollSpacingMs = 1000 }) {
    for (let poll = 1; poll <= finalPolls; poll++) {
        const result = await client
            .getTimelineStatus(pollResultUrl, { retry: false })
            .catch(() => undefined);
        if (result && isTerminal(result.status))
            return result;
        if (poll < finalPolls)
            await (0,external_node_timers_promises_.setTimeout)(pollSpacingMs);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/budget.ts
/**
 * What a run may cost: the plan's estimate is shown with the plan and refused over `max-vum`
 * before anything starts; a dry run ends after the plan; a run the server itself estimates over
 * `max-vum` is stopped at once.
 */







function describePlan(plan, usage, maxVum) {
    for (const warning of plan.warnings)
        actionsLog.warning(warning);
    for (const line of planLogLines({ plan, usage, maxVum }))
        actionsLog.info(line);
}
/** A dry run ends here: the plan is checked and shown, and nothing starts. */
async function finishDryRun(plan, usage, maxVum) {
    await writeSummary(renderPlanSummary({ plan, usage, maxVum }));
    refuseOverBudget(usage, maxVum);
    setEstimateOutput(usage);
    core.setOutput('result', 'passed');
    actionsLog.info('Dry run: the plan is valid; nothing was started.');
}
function refuseOverBudget(usage, maxVum) {
    const refusal = overBudget(usage, maxVum);
    if (!refusal)
        return;
    setEstimateOutput(usage);
    throw new PlanError(refusal);
}
/** An estimate that could not be made leaves `estimated-vum` empty rather than 0. */
function setEstimateOutput(usage) {
    if (!usage.unknown)
        core.setOutput('estimated-vum', String(usage.vum));
}
function isOverBudget(run, maxVum) {
    return maxVum !== undefined && run.estimatedVum > maxVum;
}
/** The server's own estimate is over the limit: the run is stopped before it costs more. */
async function stopOverBudget(client, run, { usage, maxVum }, guard) {
    const overLimit = `Leapwork Performance estimates run ${run.runId} at ${run.estimatedVum} VUM, over "max-vum" ${maxVum} VUM (the plan estimated ${usage.vum} VUM)`;
    actionsLog.info(`${overLimit}: stopping it before it costs more.`);
    const stop = await stopRun(client, run, actionsLog);
    if (stop.stopped) {
        guard.markEnded();
        runState.recordEnded();
    }
    core.setOutput('status', stop.final?.status ?? (stop.stopped ? 'Stopped' : run.status));
    core.setOutput('result', 'error');
    core.setFailed(stop.stopped
        ? `${overLimit}; the run was stopped at once.`
        : `${overLimit}; stopping it failed: stop it in the Leapwork Performance portal.`);
}

;// CONCATENATED MODULE: ./src/run/guard.ts
/**
 * The runner sends SIGINT, SIGTERM 7.5 s later and SIGKILL 2.5 s after that: everything the
 * guard does on a cancel has to fit in about 9 s, with a margin to exit. Most of it may go to a
 * start request still in flight; the rest, at least a second, to stopping what it started.
 */
const CANCEL_WINDOW_MS = 9000;
const START_WAIT_MS = 8000;
const MIN_STOP_MS = 1000;
/**
 * Keeps a started run from outliving a cancelled step: a start request still in flight is waited
 * for as long as the runner's window allows, and what it started is stopped.
 */
class RunGuard {
    hooks;
    startWaitMs;
    starting;
    ended = false;
    cancelling = false;
    constructor(hooks, startWaitMs = START_WAIT_MS) {
        this.hooks = hooks;
        this.startWaitMs = startWaitMs;
        process.on('SIGINT', this.onSignal);
        process.on('SIGTERM', this.onSignal);
    }
    /** Call with the start request, before it is answered: a cancel during the request stops what it started. */
    watchStart(start) {
        this.starting = start.catch(() => undefined);
        return start;
    }
    /** The run reached a terminal status, or was stopped: a later signal has nothing to stop. */
    markEnded() {
        this.ended = true;
    }
    dispose() {
        process.off('SIGINT', this.onSignal);
        process.off('SIGTERM', this.onSignal);
    }
    onSignal = (signal) => {
        if (this.cancelling)
            return;
        this.cancelling = true;
        void this.cancel(signal, Date.now());
    };
    async cancel(signal, signalledAt) {
        if (!this.starting || this.ended) {
            return this.hooks.exit(`The step was cancelled (${signal}); no run was left running.`);
        }
        const answered = await Promise.race([
            this.starting.then((run) => ({ run })),
            delay(this.startWaitMs)
        ]);
        if (!answered) {
            this.hooks.startPending();
            return this.hooks.exit(`The step was cancelled (${signal}) while the run was being started, and Leapwork Performance had not answered after ${formatSeconds(this.startWaitMs)}; a run may have started: look in the Leapwork Performance portal's run history and stop it there if it is running.`);
        }
        const { run } = answered;
        if (!run) {
            return this.hooks.exit(`The step was cancelled (${signal}) while the run was being started; the start failed, so no run was left running.`);
        }
        const timeLeftMs = Math.max(MIN_STOP_MS, signalledAt + CANCEL_WINDOW_MS - Date.now());
        const stopped = await this.hooks.stop(run, timeLeftMs).catch(() => false);
        this.hooks.exit(stopped
            ? `The step was cancelled (${signal}); run ${run.runId} was stopped.`
            : `The step was cancelled (${signal}); stopping run ${run.runId} failed, the post step will try again.`);
    }
}
function formatSeconds(ms) {
    return `${Number((ms / 1000).toFixed(1))} s`;
}
function delay(ms) {
    return new Promise((resolve) => setTimeout(() => resolve(undefined), ms).unref());
}

;// CONCATENATED MODULE: ./src/run/wait.ts



/** Failed status polls in a row after which the action gives up on the run (and stops it). */
const MAX_FAILED_POLLS = 5;
/** Polls the run until a terminal status, the timeout, or too many failed polls in a row. */
async function waitForRun(client, run, options) {
    const { log, pollIntervalSeconds } = options;
    const maxFailedPolls = options.maxFailedPolls ?? MAX_FAILED_POLLS;
    const startedAt = Date.now();
    const deadline = startedAt + options.timeoutSeconds * 1000;
    const progress = new ProgressReporter(run, log, startedAt, options.progressEverySeconds ?? 30);
    let lastStatus = run.status;
    let polls = 0;
    let failedPolls = 0;
    for (;;) {
        const untilDeadline = deadline - Date.now();
        // Decided before sleeping: a timer may fire a millisecond before the clock reaches the deadline.
        if (untilDeadline <= pollIntervalSeconds * 1000) {
            if (untilDeadline > 0)
                await (0,external_node_timers_promises_.setTimeout)(untilDeadline);
            return { kind: 'timed-out', lastStatus, polls };
        }
        await (0,external_node_timers_promises_.setTimeout)(pollIntervalSeconds * 1000);
        polls++;
        try {
            const result = await client.getTimelineStatus(run.pollResultUrl, { retry: false });
            failedPolls = 0;
            lastStatus = result.status;
            if (isTerminal(result.status))
                return { kind: 'ended', result, polls };
            progress.report(result.status);
        }
        catch (error) {
            failedPolls++;
            const reason = error instanceof Error ? error.message : String(error);
            if (failedPolls >= maxFailedPolls) {
                return { kind: 'polling-failed', error, lastStatus, polls };
            }
            log.warning(`Status poll ${failedPolls} of ${maxFailedPolls} in a row failed; trying again: ${reason}`);
        }
    }
}
class ProgressReporter {
    run;
    log;
    startedAt;
    everySeconds;
    status;
    lastLineAt;
    warnedStatuses = new Set();
    constructor(run, log, startedAt, everySeconds) {
        this.run = run;
        this.log = log;
        this.startedAt = startedAt;
        this.everySeconds = everySeconds;
        this.status = run.status;
        this.lastLineAt = startedAt;
    }
    report(status) {
        const now = Date.now();
        if (!isKnownActive(status) && !this.warnedStatuses.has(status)) {
            this.warnedStatuses.add(status);
            this.log.warning(`Leapwork Performance reported status "${status}", which this action does not know; it is treated as not finished.`);
        }
        if (status === this.status && now - this.lastLineAt < this.everySeconds * 1000)
            return;
        this.status = status;
        this.lastLineAt = now;
        this.log.info(`${status}: ${this.elapsed(now)}`);
    }
    elapsed(now) {
        const elapsed = (now - this.startedAt) / 1000;
        const planned = this.run.plannedRunTime;
        if (!planned)
            return `${formatDuration(elapsed)} elapsed`;
        const percent = Math.min(100, Math.round((elapsed / planned) * 100));
        return `${formatDuration(elapsed)} of ${formatDuration(planned)} planned (${percent}%)`;
    }
}

// EXTERNAL MODULE: ./src/reports/download.ts
var download = __nccwpck_require__(995);
// EXTERNAL MODULE: ./src/reports/metrics-file.ts
var metrics_file = __nccwpck_require__(49465);
;// CONCATENATED MODULE: ./src/reports/history-files.ts
/** Earlier runs' metrics.json on disk: the history a `baseline:` setting names. */


/**
 * Finds the history a `baseline:` path names and reads its files; `baseline: auto` needs GitHub,
 * so it is handed in, and without it there is nothing to search.
 */
function historyOnDisk(findAutoBaseline) {
    return {
        find: (baseline) => findHistory(baseline, findAutoBaseline),
        read: (file) => (0,metrics_file/* readMetricsFile */._)(file.path)
    };
}
async function findHistory(baseline, findAutoBaseline) {
    if (baseline.kind === 'auto') {
        return ((await findAutoBaseline?.(baseline.runs)) ?? {
            files: [],
            nothingFound: '"baseline: auto" cannot search here'
        });
    }
    const files = await historyFiles(baseline.path);
    if (typeof files === 'string')
        return { files: [], nothingFound: `the baseline ${files}` };
    return { files: files.map((path) => ({ path })) };
}
/** Every file the pattern names, or a sentence saying why there is none. */
async function historyFiles(pattern) {
    const { glob, isDynamicPattern } = await __nccwpck_require__.e(/* import() */ 382).then(__nccwpck_require__.bind(__nccwpck_require__, 73382));
    const found = await (0,promises_.stat)(pattern).catch(() => undefined);
    if (found?.isFile())
        return [pattern];
    if (found?.isDirectory()) {
        const files = await glob('**/metrics.json', { cwd: pattern, absolute: true });
        return files.length > 0 ? files.sort() : `the directory ${pattern} holds no metrics.json`;
    }
    if (isDynamicPattern(pattern)) {
        const files = await glob(pattern, { absolute: true, onlyFiles: true });
        return files.length > 0 ? files.sort() : `no file matches ${pattern}`;
    }
    return `${pattern} does not exist`;
}

// EXTERNAL MODULE: ./src/reports/artifact.ts
var reports_artifact = __nccwpck_require__(97985);
// EXTERNAL MODULE: ./src/reports/safe-name.ts
var safe_name = __nccwpck_require__(55188);
;// CONCATENATED MODULE: ./src/verdict/evaluate.ts



/** Every place where a criterion does not hold, each with a sentence naming it. */
function evaluateCriteria(metrics, criteria) {
    const breaches = [];
    for (const criterion of criteria) {
        for (const target of targetsOf(metrics, criterion)) {
            if (holds(target.value, criterion.comparator, criterion.limit))
                continue;
            const { label, ...where } = target;
            breaches.push({
                criterion,
                ...where,
                message: `${label}: ${criterion.metric} was ${formatMetric(criterion.metric, target.value)}, limit ${criterion.comparator} ${formatMetric(criterion.metric, criterion.limit)}`
            });
        }
    }
    return breaches;
}
/** Criteria scoped to a step title or track item that match nothing in the run, to warn about. */
function unmatchedCriteria(checks) {
    return checks
        .filter(({ criterion, checkedOn }) => criterion.scope.kind !== 'run' && checkedOn === 0)
        .map(({ criterion }) => criterion);
}
/** Each criterion with the number of figures it was checked on and the worst of them. */
function checkCriteria(metrics, criteria) {
    return criteria.map((criterion) => {
        const targets = targetsOf(metrics, criterion);
        const { comparator, limit } = criterion;
        let worst;
        for (const target of targets) {
            if (worst === undefined ||
                badness(target.value, comparator, limit) > badness(worst.value, comparator, limit)) {
                worst = target;
            }
        }
        return {
            criterion,
            checkedOn: targets.length,
            ...(worst && {
                worst: { value: worst.value, trackItemId: worst.trackItemId, stepTitle: worst.stepTitle }
            }),
            held: targets.every((target) => holds(target.value, comparator, limit))
        };
    });
}
/** How far a value is towards (and past) breaking its limit: the higher, the worse. */
function badness(value, comparator, limit) {
    switch (comparator) {
        case '<':
        case '<=':
            return value - limit;
        case '>':
        case '>=':
            return limit - value;
        case '==':
            return Math.abs(value - limit);
        case '!=':
            return -Math.abs(value - limit);
    }
}
function targetsOf(metrics, criterion) {
    const { scope, metric } = criterion;
    if (scope.kind === 'step') {
        const matches = picomatch_default()(scope.titleGlob, TITLE_GLOB_OPTIONS);
        return metrics.trackItems.flatMap((trackItem) => trackItem.steps
            .filter((step) => matches(step.title))
            .map((step) => stepTarget(trackItem, step, metric)));
    }
    const trackItems = scope.kind === 'track-item'
        ? metrics.trackItems.filter((trackItem) => trackItem.trackItemId === scope.trackItemId)
        : metrics.trackItems;
    if (TIME_METRICS.has(metric)) {
        return trackItems.flatMap((trackItem) => trackItem.steps.map((step) => stepTarget(trackItem, step, metric)));
    }
    if (scope.kind === 'track-item')
        return trackItems.map((item) => trackItemTarget(item, metric));
    return [{ label: 'Run', value: countValue(metrics.totals, metric) }];
}
function stepTarget(trackItem, step, metric) {
    return {
        label: `Step "${step.title}" (${trackItem.title})`,
        value: stepValue(step, metric),
        trackItemId: trackItem.trackItemId,
        stepId: step.stepId,
        stepTitle: step.title
    };
}
function trackItemTarget(trackItem, metric) {
    let requests = 0;
    let errors = 0;
    for (const step of trackItem.steps) {
        requests += step.requests;
        errors += step.errors;
    }
    return {
        label: `Track item "${trackItem.title}" (${trackItem.trackItemId})`,
        value: countValue({ requests, errors, errorRate: (0,figures/* errorRate */.zi)(errors, requests) }, metric),
        trackItemId: trackItem.trackItemId
    };
}
function stepValue(step, metric) {
    return metric === 'error-rate' ? step.errorRate : step[metric];
}
function countValue(totals, metric) {
    if (metric === 'error-rate')
        return totals.errorRate;
    return metric === 'errors' ? totals.errors : totals.requests;
}
function holds(value, comparator, limit) {
    switch (comparator) {
        case '<':
            return value < limit;
        case '<=':
            return value <= limit;
        case '>':
            return value > limit;
        case '>=':
            return value >= limit;
        case '==':
            return value === limit;
        case '!=':
            return value !== limit;
    }
}

;// CONCATENATED MODULE: ./src/verdict/distributions.ts
let loaded;
function loadDistributions() {
    loaded ??= importDistributions();
    return loaded;
}
async function importDistributions() {
    const [tQuantile, tLogPdf, betaCdf] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(436), __nccwpck_require__.e(986), __nccwpck_require__.e(455)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 74455, 23)),
        Promise.all(/* import() */[__nccwpck_require__.e(436), __nccwpck_require__.e(10)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 30010, 23)),
        Promise.all(/* import() */[__nccwpck_require__.e(436), __nccwpck_require__.e(986), __nccwpck_require__.e(481)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 67862, 23))
    ]);
    return {
        tQuantile: tQuantile.default,
        tLogPdf: tLogPdf.default,
        betaCdf: betaCdf.default
    };
}

;// CONCATENATED MODULE: ./src/verdict/error-evidence.ts
/**
 * The probability of at least this many errors in this run if it erred at the history's rate,
 * conditional on the errors of both (the exact conditional binomial test): the history's own
 * uncertainty counts, so a short or clean history is weak evidence either way.
 */
function errorSurprise(current, history, overdispersion, distributions) {
    if (current.errors <= 0 || current.requests <= 0)
        return 1;
    const share = current.requests / (current.requests + history.requests);
    const errors = current.errors / overdispersion;
    const total = (current.errors + history.errors) / overdispersion;
    // P(Binomial(total, share) >= errors) = I_share(errors, total - errors + 1)
    return distributions.betaCdf(share, errors, total - errors + 1);
}
/**
 * Pearson's dispersion statistic pooled over steps: 1 when error counts scatter as chance
 * predicts, more when whole runs err together. Never below 1.
 */
function overdispersionOf(runs, steps, errors, requests) {
    let statistic = 0;
    let df = 0;
    for (let step = 0; step < steps; step++) {
        let errorSum = 0;
        let requestSum = 0;
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const at = run * steps + step;
            if (!(requests[at] > 0))
                continue;
            errorSum += errors[at];
            requestSum += requests[at];
            count++;
        }
        if (errorSum === 0 || count < 2 || errorSum === requestSum)
            continue;
        const rate = errorSum / requestSum;
        for (let run = 0; run < runs; run++) {
            const at = run * steps + step;
            if (!(requests[at] > 0))
                continue;
            const expected = requests[at] * rate;
            statistic += (errors[at] - expected) ** 2 / (expected * (1 - rate));
        }
        df += count - 1;
    }
    return df === 0 ? 1 : Math.max(1, statistic / df);
}

;// CONCATENATED MODULE: ./src/verdict/noise-model.ts
/** How many runs of prior weight the pooled spread gets when it is blended with a step's own. */
const PRIOR_DF = 4;
/** A spread below 0.1 % is taken as 0.1 %: identical figures say little about the next run. */
const MIN_LOG_SPREAD = 0.001;
/** Fewer standardised residuals than this: too few to learn a tail from; normal noise is assumed. */
const MIN_TAIL_RESIDUALS = 50;
/** Residuals used for the tail fit at most, taken evenly over the history. */
const MAX_TAIL_RESIDUALS = 20000;
const TAIL_DF_GRID = [1.5, 2, 2.5, 3, 4, 5, 6, 8, 12, 20, 40, 1000];
/**
 * A heavier tail than normal noise implies is used only when it fits the residuals clearly better:
 * by this much log-likelihood (a likelihood-ratio test at 1 %, χ² with one degree of freedom / 2).
 */
const TAIL_EVIDENCE = 3.3;
const FACTOR_ITERATIONS = 3;
function fitNoiseModel(matrix, distributions) {
    const whole = decompose(matrix, -1);
    return {
        ...whole,
        runSpread: runSpreadOf(whole.runFactors),
        tail: fitTail(leaveOneRunOutResiduals(matrix), nominalDf(whole.samples), distributions)
    };
}
/**
 * Each step's one-sided limit of its deviation (log) at a false-alarm probability: the t quantile
 * that normal noise implies for its history, widened by the tail weight (how much further out the
 * fitted tail puts that quantile than normal noise would for the leave-one-run-out residuals it was
 * learnt from; never narrowed), times the step's prediction spread.
 */
function stepLimits(model, probability, distributions) {
    const quantile = memoized((df) => distributions.tQuantile(1 - probability, df));
    const fitted = model.tail.scale > 0 ? model.tail.scale * quantile(model.tail.df) : 0;
    return model.spread.map((_, step) => {
        const runs = model.samples[step];
        const normal = quantile(Math.max(1, runs - 1) + PRIOR_DF);
        const normalLeavingOneOut = quantile(Math.max(1, runs - 2) + PRIOR_DF);
        const tailWeight = Math.max(1, fitted / normalLeavingOneOut);
        return tailWeight * normal * predictionSpread(model, step);
    });
}
function memoized(compute) {
    const known = new Map();
    return (df) => {
        let value = known.get(df);
        if (value === undefined) {
            value = compute(df);
            known.set(df, value);
        }
        return value;
    };
}
/** The spread of one new value of the step around its level: its noise plus the level's error. */
function predictionSpread(model, step) {
    return model.spread[step] * Math.sqrt(1 + 1 / Math.max(1, model.samples[step]));
}
/** The one-sided limit of the run factor at a false-alarm probability (a t prediction limit). */
function runLimit(model, probability, distributions) {
    const runs = model.runFactors.length;
    const quantile = distributions.tQuantile(1 - probability, Math.max(1, runs - 1));
    return quantile * model.runSpread * Math.sqrt(1 + 1 / runs);
}
/** The shared factor of a run: the median of its steps' log p95 less their levels. */
function runFactorOf(logP95, level) {
    const deviations = new Float64Array(level.length);
    let count = 0;
    for (let step = 0; step < level.length; step++) {
        const deviation = logP95[step] - level[step];
        if (Number.isFinite(deviation))
            deviations[count++] = deviation;
    }
    return count === 0 ? 0 : median(deviations.subarray(0, count));
}
/** Levels, run factors and shrunk spreads, leaving out one run (or none, with -1). */
function decompose(matrix, leftOut) {
    const { runs, steps, values } = matrix;
    const level = new Float64Array(steps);
    const samples = new Int32Array(steps);
    const runFactors = new Float64Array(runs).fill(NaN);
    const column = new Float64Array(runs);
    for (let step = 0; step < steps; step++) {
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const value = values[run * steps + step];
            if (run !== leftOut && Number.isFinite(value))
                column[count++] = value;
        }
        samples[step] = count;
        level[step] = count === 0 ? NaN : median(column.subarray(0, count));
    }
    for (let iteration = 0; iteration < FACTOR_ITERATIONS; iteration++) {
        for (let run = 0; run < runs; run++) {
            if (run !== leftOut)
                runFactors[run] = runFactorOf(values.subarray(run * steps), level);
        }
        centre(runFactors);
        meanLevels(matrix, runFactors, level);
    }
    return { level, spread: shrunkSpreads(matrix, level, runFactors, samples), samples, runFactors };
}
function centre(runFactors) {
    let sum = 0;
    let count = 0;
    for (const factor of runFactors) {
        if (Number.isNaN(factor))
            continue;
        sum += factor;
        count++;
    }
    const mean = count === 0 ? 0 : sum / count;
    for (let run = 0; run < runFactors.length; run++)
        runFactors[run] -= mean;
}
function meanLevels(matrix, runFactors, level) {
    const { runs, steps, values } = matrix;
    for (let step = 0; step < steps; step++) {
        let sum = 0;
        let count = 0;
        for (let run = 0; run < runs; run++) {
            const value = values[run * steps + step] - runFactors[run];
            if (!Number.isFinite(value))
                continue;
            sum += value;
            count++;
        }
        if (count > 0)
            level[step] = sum / count;
    }
}
/** Each step's residual variance blended with the median over steps, PRIOR_DF runs' worth. */
function shrunkSpreads(matrix, level, runFactors, samples) {
    const { runs, steps, values } = matrix;
    const variances = new Float64Array(steps).fill(NaN);
    const known = new Float64Array(steps);
    let knownCount = 0;
    for (let step = 0; step < steps; step++) {
        if (samples[step] < 2)
            continue;
        let sum = 0;
        for (let run = 0; run < runs; run++) {
            const residual = values[run * steps + step] - level[step] - runFactors[run];
            if (Number.isFinite(residual))
                sum += residual * residual;
        }
        variances[step] = sum / (samples[step] - 1);
        known[knownCount++] = variances[step];
    }
    const pooled = knownCount === 0 ? MIN_LOG_SPREAD ** 2 : median(known.subarray(0, knownCount));
    const spread = new Float64Array(steps);
    for (let step = 0; step < steps; step++) {
        const df = Math.max(0, samples[step] - 1);
        const own = df === 0 ? 0 : variances[step] * df;
        const variance = (own + PRIOR_DF * pooled) / (df + PRIOR_DF);
        spread[step] = Math.max(MIN_LOG_SPREAD, Math.sqrt(variance));
    }
    return spread;
}
function runSpreadOf(runFactors) {
    let sum = 0;
    for (const factor of runFactors)
        sum += factor * factor;
    const variance = runFactors.length > 1 ? sum / (runFactors.length - 1) : 0;
    return Math.max(MIN_LOG_SPREAD, Math.sqrt(variance));
}
/**
 * Each history run judged as if it were a new run against the others: its steps' deviations in
 * units of their prediction spread. With normal noise these follow a t distribution; spiky steps
 * show as heavier tails.
 */
function leaveOneRunOutResiduals(matrix) {
    const { runs, steps, values } = matrix;
    const stride = Math.max(1, Math.ceil((runs * steps) / MAX_TAIL_RESIDUALS));
    const residuals = [];
    if (runs < 3)
        return residuals;
    for (let run = 0; run < runs; run++) {
        const others = decompose(matrix, run);
        const row = values.subarray(run * steps, (run + 1) * steps);
        const factor = runFactorOf(row, others.level);
        for (let step = run % stride; step < steps; step += stride) {
            const residual = (row[step] - others.level[step] - factor) / predictionSpread(others, step);
            if (Number.isFinite(residual) && others.samples[step] >= 2)
                residuals.push(residual);
        }
    }
    return residuals;
}
/** The degrees of freedom normal noise gives a typical step's leave-one-run-out residual. */
function nominalDf(samples) {
    const sorted = Float64Array.from(samples).sort();
    return Math.max(1, sorted[Math.floor(sorted.length / 2)] - 2) + PRIOR_DF;
}
/**
 * Maximum-likelihood Student t (df from a grid, scale by EM) for the residuals, kept only when it
 * beats the t that normal noise implies (nominal df, scale fitted) by TAIL_EVIDENCE.
 */
function fitTail(residuals, nominal, distributions) {
    if (residuals.length < MIN_TAIL_RESIDUALS)
        return { df: Infinity, scale: 0 };
    let best = { df: Infinity, scale: 0, logLikelihood: -Infinity };
    let normal = best;
    for (const df of [nominal, ...TAIL_DF_GRID]) {
        const scale = tScale(residuals, df);
        // log density of t: its value at 0 less (df + 1) / 2 · log(1 + x² / df)
        let logLikelihood = residuals.length * (distributions.tLogPdf(0, df) - Math.log(scale));
        for (const residual of residuals) {
            logLikelihood -= ((df + 1) / 2) * Math.log1p((residual / scale) ** 2 / df);
        }
        if (df === nominal)
            normal = { df, scale, logLikelihood };
        if (logLikelihood > best.logLikelihood)
            best = { df, scale, logLikelihood };
    }
    const chosen = best.logLikelihood - normal.logLikelihood < TAIL_EVIDENCE ? normal : best;
    return { df: chosen.df, scale: chosen.scale };
}
/** The EM fixed point of a t distribution's scale for a given df. */
function tScale(residuals, df) {
    let sumOfSquares = 0;
    for (const residual of residuals)
        sumOfSquares += residual * residual;
    let variance = sumOfSquares / residuals.length;
    for (let iteration = 0; iteration < 30; iteration++) {
        let weighted = 0;
        for (const residual of residuals) {
            const squared = residual * residual;
            weighted += ((df + 1) * squared) / (df + squared / variance);
        }
        const next = weighted / residuals.length;
        const converged = Math.abs(next - variance) < 1e-6 * variance;
        variance = next;
        if (converged)
            break;
    }
    return Math.sqrt(Math.max(variance, 1e-12));
}
/** The median of values, which it sorts in place. */
function median(values) {
    if (values.length <= 16)
        insertionSort(values);
    else
        values.sort();
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}
/** Faster than a native sort for the few values of one step's history. */
function insertionSort(values) {
    for (let i = 1; i < values.length; i++) {
        const value = values[i];
        let j = i - 1;
        while (j >= 0 && values[j] > value) {
            values[j + 1] = values[j];
            j--;
        }
        values[j + 1] = value;
    }
}

;// CONCATENATED MODULE: ./src/verdict/gate.ts
/**
 * The regression gate: this run against its history (see "How the gate decides" in the README).
 *
 * A step regresses when its p95, after removing what the whole run shares, moved beyond its noise
 * band at the false-alarm budget, and its plain change is above the practical minimum
 * (`max-regression` % and `noise-floor-ms`). The whole run regresses when the shared factor moved
 * beyond the run-to-run band and above the same minimum. Errors regress when their count, against
 * requests, is beyond what the history's error rate explains. With fewer than 3 history runs there
 * is no noise to learn from and only the practical minimum counts.
 */




const MIN_CALIBRATED_RUNS = 3;
/**
 * How the false-alarm budget is shared: most of it by the steps' p95 tests, which are many and
 * split their share evenly; the rest by the steps' error tests and by the two whole-run tests.
 */
const BUDGET = { stepP95: 0.7, stepErrors: 0.05, runP95: 0.2, runErrors: 0.05 };
/** An error rate must also grow by this many percentage points to count. */
const MIN_ERROR_RATE_RISE = 0.1;
function compareWithHistory(current, history, options, distributions) {
    const calibrated = history.runs.length >= MIN_CALIBRATED_RUNS;
    const logP95 = logMatrixOf(history);
    const model = calibrated ? fitNoiseModel(logP95, distributions) : undefined;
    const columns = history.steps.map((placed, index) => column(history, placed, index));
    const compared = columns.filter((step) => step.historyP95.length > 0);
    const currentLog = Float64Array.from(history.steps, ({ step }) => step.p95 > 0 ? Math.log(step.p95) : NaN);
    const levels = model?.level ?? gate_meanLevels(columns, history.steps.length);
    const alpha = options.falseAlarmRate / 100;
    const probability = {
        stepP95: (alpha * BUDGET.stepP95) / Math.max(1, compared.length),
        stepErrors: (alpha * BUDGET.stepErrors) / Math.max(1, compared.length),
        runP95: alpha * BUDGET.runP95,
        runErrors: alpha * BUDGET.runErrors
    };
    const context = {
        current,
        history,
        options,
        distributions,
        model,
        limits: model && stepLimits(model, probability.stepP95, distributions),
        logP95,
        levels,
        currentLog,
        runFactor: model ? runFactorOf(currentLog, levels) : 0,
        overdispersion: overdispersionOf(history.runs.length, history.steps.length, history.errors, history.requests),
        probability
    };
    const steps = [
        ...columns.map((step) => step.historyP95.length > 0 ? matchedStep(step, context) : newStep(step.placed)),
        ...history.vanished.map((step) => ({
            kind: 'vanished',
            trackItemId: step.trackItemId,
            stepId: step.stepId,
            title: step.title,
            baselineP95: step.p95,
            regression: false,
            improvement: false
        }))
    ];
    const run = runShift(context, compared);
    return {
        runs: history.runs.map((earlier) => earlier.ref),
        maxRegressionPercent: options.maxRegressionPercent,
        noiseFloorMs: options.noiseFloorMs,
        falseAlarmRate: options.falseAlarmRate,
        calibrated,
        comparedSteps: compared.length,
        ...run.figures,
        runRegressions: [
            ...(run.regression ? [run.regression] : []),
            ...runErrorRegressions(context, compared)
        ],
        trend: compared.length === 0 ? [] : trend(context),
        steps
    };
}
function logMatrixOf(history) {
    const values = history.p95.map((p95) => (p95 > 0 ? Math.log(p95) : NaN));
    return { runs: history.runs.length, steps: history.steps.length, values };
}
function column(history, placed, index) {
    const steps = history.steps.length;
    const historyP95 = [];
    const errors = { errors: 0, requests: 0 };
    for (let run = 0; run < history.runs.length; run++) {
        const at = run * steps + index;
        if (history.p95[at] > 0)
            historyP95.push(history.p95[at]);
        if (history.requests[at] > 0) {
            errors.errors += history.errors[at];
            errors.requests += history.requests[at];
        }
    }
    return { index, placed, historyP95, errors };
}
function gate_meanLevels(columns, count) {
    const levels = new Float64Array(count).fill(NaN);
    for (const { index, historyP95 } of columns) {
        if (historyP95.length === 0)
            continue;
        levels[index] = historyP95.reduce((sum, value) => sum + Math.log(value), 0) / historyP95.length;
    }
    return levels;
}
function newStep(placed) {
    return {
        kind: 'new',
        trackItemId: placed.trackItemId,
        stepId: placed.stepId,
        title: placed.title,
        currentP95: placed.step.p95,
        regression: false,
        improvement: false
    };
}
function matchedStep(column, context) {
    const { placed } = column;
    const { maxRegressionPercent, noiseFloorMs } = context.options;
    const currentP95 = placed.step.p95;
    const baselineP95 = median(Float64Array.from(column.historyP95));
    const deltaMs = currentP95 - baselineP95;
    const deltaPercent = (deltaMs * 100) / baselineP95;
    const practical = (growthMs, growthPercent) => growthPercent > maxRegressionPercent && growthMs > noiseFloorMs;
    const band = context.limits?.[column.index];
    const deviation = context.currentLog[column.index] - context.levels[column.index] - context.runFactor;
    const slower = practical(deltaMs, deltaPercent) && (band === undefined || deviation > band);
    const faster = practical(-deltaMs, -deltaPercent) && (band === undefined || -deviation > band);
    const comparison = {
        kind: 'matched',
        trackItemId: placed.trackItemId,
        stepId: placed.stepId,
        title: placed.title,
        currentP95,
        baselineP95,
        deltaMs,
        deltaPercent,
        ...(band === undefined
            ? {}
            : { limitPercent: stepLimitPercent(column, context, band, baselineP95) }),
        currentErrors: placed.step.errors,
        currentRequests: placed.step.requests,
        baselineErrorRate: rateOf(column.errors),
        improvement: faster
    };
    if (slower) {
        return {
            ...comparison,
            regression: true,
            regressedOn: 'p95',
            message: p95Message(comparison, placed, context)
        };
    }
    if (errorsRose(placed.step, column.errors, context, context.probability.stepErrors)) {
        return {
            ...comparison,
            regression: true,
            regressedOn: 'errors',
            message: `Step "${placed.title}" (${placed.trackItem.title}): ${errorChange(placed.step, column.errors)}.`
        };
    }
    return { ...comparison, regression: false };
}
/**
 * The change against the history's median p95 past which the step regresses in this run: where its
 * noise band, moved by the run's shared change, and the practical minimum are both passed.
 */
function stepLimitPercent(column, context, band, baselineP95) {
    const { maxRegressionPercent, noiseFloorMs } = context.options;
    const noisePercent = (Math.exp(context.levels[column.index] + context.runFactor + band) / baselineP95 - 1) * 100;
    return Math.max(noisePercent, maxRegressionPercent, (noiseFloorMs * 100) / baselineP95);
}
function p95Message(comparison, placed, context) {
    const change = `p95 ${formatMs(comparison.baselineP95)} → ${formatMs(comparison.currentP95)}, ${formatPercent(comparison.deltaPercent, { signed: true })}`;
    const limit = comparison.limitPercent === undefined
        ? uncalibratedNote(context)
        : `limit ${formatPercent(comparison.limitPercent, { signed: true })} in this run`;
    return `Step "${placed.title}" (${placed.trackItem.title}): ${change} (${limit}).`;
}
function uncalibratedNote(context) {
    const { maxRegressionPercent, noiseFloorMs } = context.options;
    return `gate uncalibrated, limit ${formatPercent(maxRegressionPercent, { signed: true })} and ${formatMs(noiseFloorMs)}`;
}
/** Errors beyond what the history explains at the probability, and above the practical minimum. */
function errorsRose(now, history, context, probability) {
    const currentRate = rateOf(now);
    const historyRate = rateOf(history);
    const practical = currentRate - historyRate > MIN_ERROR_RATE_RISE &&
        currentRate > historyRate * (1 + context.options.maxRegressionPercent / 100);
    return (practical &&
        errorSurprise(now, history, context.overdispersion, context.distributions) < probability);
}
function errorChange(now, history) {
    return (`errors ${formatCount(now.errors)} of ${formatCount(now.requests)} requests (${formatPercent(rateOf(now))}), ` +
        `against ${formatPercent(rateOf(history))} in the history (${formatCount(history.errors)} of ${formatCount(history.requests)})`);
}
function rateOf(counts) {
    return (0,figures/* errorRate */.zi)(counts.errors, counts.requests);
}
/** How much all steps moved together, and whether that is beyond the run-to-run band. */
function runShift(context, compared) {
    const { model, runFactor, options, distributions } = context;
    if (model === undefined || compared.length === 0)
        return { figures: {} };
    const limit = runLimit(model, context.probability.runP95, distributions);
    const changePercent = (Math.exp(runFactor) - 1) * 100;
    const typicalMs = Math.exp(median(Float64Array.from(compared, ({ index }) => context.levels[index])));
    const limitPercent = Math.max((Math.exp(limit) - 1) * 100, options.maxRegressionPercent, (options.noiseFloorMs * 100) / typicalMs);
    const beyond = runFactor > limit &&
        changePercent > options.maxRegressionPercent &&
        typicalMs * (Math.exp(runFactor) - 1) > options.noiseFloorMs;
    const figures = { runChangePercent: changePercent, runLimitPercent: limitPercent };
    if (!beyond)
        return { figures };
    const steps = compared.length === 1 ? 'The step is' : `All ${counted(compared.length, 'step', 'steps')} are`;
    return {
        figures,
        regression: {
            measure: 'p95',
            changePercent,
            limitPercent,
            message: `${steps} ${formatPercent(changePercent)} slower, beyond the whole run's limit of ${formatPercent(limitPercent, { signed: true })}.`
        }
    };
}
function runErrorRegressions(context, compared) {
    const now = { errors: 0, requests: 0 };
    const history = { errors: 0, requests: 0 };
    for (const { placed, errors } of compared) {
        now.errors += placed.step.errors;
        now.requests += placed.step.requests;
        history.errors += errors.errors;
        history.requests += errors.requests;
    }
    if (!errorsRose(now, history, context, context.probability.runErrors))
        return [];
    return [
        {
            measure: 'errors',
            changePercent: rateOf(now) - rateOf(history),
            message: `The run's ${errorChange(now, history)}.`
        }
    ];
}
/** Each run's p95 index (geometric mean of step p95s against the levels) and worst p95. */
function trend(context) {
    const { history, levels, currentLog, current } = context;
    const { steps, values } = context.logP95;
    const points = history.runs.map((run, index) => ({
        p95Index: indexOf(values.subarray(index * steps, (index + 1) * steps), levels),
        worstP95: run.worstP95,
        current: false
    }));
    points.push({
        p95Index: indexOf(currentLog, levels),
        worstP95: current.totals.worstP95,
        current: true
    });
    return points;
}
function indexOf(logP95, levels) {
    let sum = 0;
    let count = 0;
    for (let step = 0; step < levels.length; step++) {
        const deviation = logP95[step] - levels[step];
        if (!Number.isFinite(deviation))
            continue;
        sum += deviation;
        count++;
    }
    return count === 0 ? 100 : Math.exp(sum / count) * 100;
}

;// CONCATENATED MODULE: ./src/verdict/step-pairing.ts
/** Every step of a run with its track item. */
function placedSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({
        trackItemId: trackItem.trackItemId,
        stepId: step.stepId,
        title: step.title,
        trackItem,
        step
    })));
}
/**
 * Pairs the steps of two runs within each track item: first by step ID, then the rest by title
 * (step IDs can change when a sequence is edited). Each step is used at most once.
 */
function pairSteps(left, right) {
    const partners = new Map();
    const taken = new Set();
    const rightByTrackItem = groupBy(right, (step) => step.trackItemId);
    for (const [trackItemId, lefts] of groupBy(left, (step) => step.trackItemId)) {
        const rights = rightByTrackItem.get(trackItemId);
        if (rights === undefined)
            continue;
        for (const keyOf of [(step) => step.stepId, (step) => step.title]) {
            const candidates = groupBy(rights.filter((step) => !taken.has(step)).reverse(), keyOf);
            for (const step of lefts) {
                if (partners.has(step))
                    continue;
                // each group is reversed, so pop() takes the earliest unused step
                const partner = candidates.get(keyOf(step))?.pop();
                if (partner === undefined)
                    continue;
                partners.set(step, partner);
                taken.add(partner);
            }
        }
    }
    return {
        pairs: left.flatMap((step) => {
            const partner = partners.get(step);
            return partner === undefined ? [] : [[step, partner]];
        }),
        leftOnly: left.filter((step) => !partners.has(step)),
        rightOnly: right.filter((step) => !taken.has(step))
    };
}
function groupBy(items, keyOf) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [item]);
        else
            group.push(item);
    }
    return groups;
}

;// CONCATENATED MODULE: ./src/verdict/history.ts

class HistoryFold {
    steps;
    folded = [];
    columnOf;
    columnById = new Map();
    constructor(current) {
        this.steps = placedSteps(current);
        this.columnOf = new Map(this.steps.map((step, column) => [step, column]));
        this.steps.forEach((step, column) => {
            if (!this.columnById.has(idKey(step)))
                this.columnById.set(idKey(step), column);
        });
    }
    get size() {
        return this.folded.length;
    }
    add(run, ref) {
        const count = this.steps.length;
        const row = {
            ref,
            worstP95: run.totals.worstP95,
            sortKey: `${run.finishedAt}\u0000${run.runId}`,
            p95: new Float64Array(count).fill(NaN),
            errors: new Float64Array(count).fill(NaN),
            requests: new Float64Array(count).fill(NaN),
            vanished: []
        };
        const { pairs, rightOnly } = this.pair(placedSteps(run));
        for (const [index, earlier] of pairs) {
            const { p95, errors, requests } = earlier.step;
            row.p95[index] = p95;
            row.errors[index] = errors;
            row.requests[index] = requests;
        }
        row.vanished = rightOnly.map(({ trackItemId, stepId, title, step }) => ({
            trackItemId,
            stepId,
            title,
            p95: step.p95
        }));
        this.folded.push(row);
    }
    /**
     * Pairs an earlier run's steps with this run's columns as pairSteps would, without building its
     * maps for every run: most steps pair by track item and step ID through an index built once, and
     * only the rest go through pairSteps. Folding many large runs then makes little garbage.
     */
    pair(earlier) {
        const taken = new Uint8Array(this.steps.length);
        const pairs = [];
        const unpaired = [];
        for (const step of earlier) {
            const column = this.columnById.get(idKey(step));
            if (column === undefined || taken[column] === 1)
                unpaired.push(step);
            else {
                taken[column] = 1;
                pairs.push([column, step]);
            }
        }
        const rest = pairSteps(this.steps.filter((_, column) => taken[column] === 0), unpaired);
        for (const [current, step] of rest.pairs)
            pairs.push([this.columnOf.get(current) ?? -1, step]);
        return { pairs, rightOnly: rest.rightOnly };
    }
    /** The newest maxRuns runs folded so far, oldest first. */
    history(maxRuns = Infinity) {
        const runs = [...this.folded]
            .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0))
            .slice(-maxRuns);
        const count = this.steps.length;
        const matrix = (pick) => {
            const values = new Float64Array(runs.length * count);
            runs.forEach((run, index) => values.set(pick(run), index * count));
            return values;
        };
        return {
            steps: this.steps,
            runs: runs.map(({ ref, worstP95 }) => ({ ref, worstP95 })),
            p95: matrix((run) => run.p95),
            errors: matrix((run) => run.errors),
            requests: matrix((run) => run.requests),
            vanished: runs.at(-1)?.vanished ?? []
        };
    }
}
function idKey(step) {
    return `${step.trackItemId}\u0000${step.stepId}`;
}

;// CONCATENATED MODULE: ./src/verdict/verdict.ts

const NO_FIGURES = 'the run reported no figures';
/**
 * `error` when the run did not finish (any status but Finished, or a problem such as a timeout)
 * or finished without figures to judge: an infrastructure failure, told apart from `failed`, a
 * performance one (a breached threshold or a regressed step). Otherwise `passed`. The reason says
 * when a requested check could not be made, so a gate that is off never reads as a clean pass.
 */
function decideVerdict(input) {
    const regressions = input.comparison?.steps.filter((step) => step.regression) ?? [];
    const unmadeChecks = input.unmadeChecks ?? [];
    const runRegressions = input.comparison?.runRegressions ?? [];
    const judged = {
        breaches: input.breaches,
        regressions,
        ...(input.comparison === undefined ? {} : { baseline: input.comparison }),
        checks: input.checks ?? [],
        unmadeChecks
    };
    const withUnmade = (reason) => reason + unmadeSuffix(unmadeChecks.length);
    const unfinished = runProblemReason(input.runStatus, input.runProblem) ?? noFiguresReason(input);
    if (unfinished !== undefined)
        return { result: 'error', reason: withUnmade(unfinished), ...judged };
    if (input.breaches.length > 0 || regressions.length > 0 || runRegressions.length > 0) {
        return {
            result: 'failed',
            reason: withUnmade(failureReason(input.breaches, regressions.length, runRegressions.length)),
            ...judged
        };
    }
    return { result: 'passed', reason: withUnmade(passReason(input)), ...judged };
}
function runProblemReason(status, problem) {
    if (problem !== undefined && problem !== '')
        return problem;
    if (status.toLowerCase() !== 'finished')
        return `the run ended with status ${status}`;
    return undefined;
}
function noFiguresReason(input) {
    return input.stepCount === 0 && somethingToJudge(input) ? NO_FIGURES : undefined;
}
function somethingToJudge(input) {
    return ((input.criteriaCount ?? 0) > 0 || input.baselineSet === true || input.comparison !== undefined);
}
function unmadeSuffix(count) {
    if (count === 0)
        return '';
    return count === 1
        ? '; 1 requested check could not be made'
        : `; ${count} requested checks could not be made`;
}
function failureReason(breaches, regressionCount, runRegressionCount) {
    const parts = [];
    if (breaches.length > 0) {
        const criteria = new Set(breaches.map((breach) => breach.criterion)).size;
        const times = breaches.length > criteria ? ` (${counted(breaches.length, 'breach', 'breaches')})` : '';
        parts.push(`${counted(criteria, 'threshold', 'thresholds')} breached${times}`);
    }
    if (regressionCount > 0) {
        parts.push(`${counted(regressionCount, 'step', 'steps')} regressed against the baseline`);
    }
    if (runRegressionCount > 0)
        parts.push('the whole run regressed against the baseline');
    return parts.join(', ');
}
function passReason(input) {
    const steps = input.stepCount === undefined ? 'all steps' : counted(input.stepCount, 'step', 'steps');
    const checks = [];
    const held = heldCriteria(input);
    if (held === undefined)
        checks.push('no threshold breached');
    else if (held > 0)
        checks.push(`${counted(held, 'criterion', 'criteria')} held on ${steps}`);
    if ((input.comparison?.comparedSteps ?? 0) > 0) {
        checks.push('no step regressed against the baseline');
    }
    if (checks.length > 0)
        return checks.join(', ');
    const requested = somethingToJudge(input) || (input.unmadeChecks ?? []).length > 0;
    return requested
        ? `${steps} finished`
        : `${steps} finished; no thresholds or regression limit set`;
}
/** The criteria checked on at least one figure: one that matched nothing neither held nor broke. */
function heldCriteria(input) {
    if (input.checks === undefined)
        return input.criteriaCount;
    return input.checks.filter((check) => check.checkedOn > 0).length;
}

;// CONCATENATED MODULE: ./src/verdict/judge.ts








/** Used when `max-regression` is not set: a smaller growth never counts as a regression. */
const DEFAULT_MAX_REGRESSION_PERCENT = 10;
/** The server gives figures, not a verdict: thresholds and the baseline decide. */
async function judgeRun(input) {
    const { metrics, log } = input;
    const breaches = evaluateCriteria(metrics, input.criteria);
    const stepCount = (0,figures/* allSteps */.Bd)(metrics).length;
    const checks = checkCriteria(metrics, input.criteria);
    const unmadeChecks = [
        ...unmadeCriteria(input.criteria, checks, stepCount),
        ...unmadeRegressionLimit(input)
    ];
    const notes = [];
    const comparison = input.baseline && (await compareWithBaseline(input, input.baseline, unmadeChecks, notes));
    if (comparison?.comparedSteps === 0)
        unmadeChecks.push(nothingCompared(comparison, stepCount));
    for (const check of unmadeChecks)
        log.warning(check, { title: 'Check not made' });
    for (const note of notes)
        log.notice(note);
    return decideVerdict({
        runStatus: metrics.status,
        runProblem: input.runProblem,
        breaches,
        comparison,
        baselineSet: input.baseline !== undefined,
        stepCount,
        criteriaCount: input.criteria.length,
        checks,
        unmadeChecks
    });
}
function unmadeCriteria(criteria, checks, stepCount) {
    if (stepCount === 0 && criteria.length > 0) {
        const which = criteria.length === 1 ? 'The criterion was' : `None of the ${criteria.length} criteria was`;
        return [`${which} checked: ${NO_FIGURES}.`];
    }
    return unmatchedCriteria(checks).map((criterion) => `Threshold \`${criterion.source}\` matched no step of this run, so it was not checked.`);
}
function unmadeRegressionLimit(input) {
    if (input.maxRegressionPercent === undefined || input.baseline !== undefined)
        return [];
    return [
        `"max-regression: ${input.maxRegressionPercent}" was not checked: no baseline is set. Set "baseline: auto" or the path of an earlier run's metrics.json.`
    ];
}
async function compareWithBaseline(input, baseline, unmade, notes) {
    const search = await input.history.find(baseline);
    if (search.files.length === 0) {
        unmade.push(`No baseline, so no regression check: ${search.nothingFound ?? 'no earlier run was found'}.`);
        return undefined;
    }
    const skipped = {
        otherTimeline: 0,
        otherLoad: search.otherLoad ?? 0,
        unfinished: 0,
        unreadable: []
    };
    const fold = new HistoryFold(input.metrics);
    for (const file of search.files)
        await foldFile(fold, file, input, skipped);
    const history = fold.history(baseline.runs);
    const skippedNote = describeSkipped(skipped);
    const older = fold.size - history.runs.length;
    if (older > 0) {
        input.log.info(`${counted(older, 'older history run', 'older history runs')} left out: baseline-runs is ${baseline.runs}.`);
    }
    if (history.runs.length === 0) {
        unmade.push(`No baseline, so no regression check: no history run can be compared (${skippedNote}).`);
        return undefined;
    }
    if (skippedNote !== '') {
        notes.push(`${counted(history.runs.length, 'history run', 'history runs')} compared; ${skippedNote}.`);
    }
    if (history.runs.length < MIN_CALIBRATED_RUNS)
        notes.push(uncalibrated(history.runs.length, input));
    return compareWithHistory(input.metrics, history, {
        maxRegressionPercent: input.maxRegressionPercent ?? DEFAULT_MAX_REGRESSION_PERCENT,
        noiseFloorMs: input.noiseFloorMs,
        falseAlarmRate: input.falseAlarmRate
    }, await loadDistributions());
}
/**
 * Why a comparison that paired no step is no regression check. The comparison is kept with the
 * verdict all the same: its new and vanished steps show why nothing paired.
 */
function nothingCompared(comparison, stepCount) {
    if (stepCount === 0)
        return `The regression check was not made: ${NO_FIGURES}.`;
    const count = (kind) => formatCount(comparison.steps.filter((step) => step.kind === kind).length);
    return `No step of this run is in the baseline's history (${count('new')} new, ${count('vanished')} vanished), so no regression check.`;
}
/** Reads one history run, adds it to the fold if it is comparable, and lets go of it. */
async function foldFile(fold, file, input, skipped) {
    const { metrics, log } = input;
    let run;
    try {
        run = await input.history.read(file);
    }
    catch (error) {
        skipped.unreadable.push(error.message);
        return;
    }
    if (run.timelineId !== metrics.timelineId) {
        skipped.otherTimeline++;
    }
    else if (!(0,load/* sameLoad */.h)(run.load, metrics.load)) {
        skipped.otherLoad++;
    }
    else if (run.status.toLowerCase() !== 'finished') {
        skipped.unfinished++;
    }
    else {
        const ref = file.ref ?? {
            runId: run.runId,
            url: run.source?.workflowRunUrl,
            finishedAt: run.finishedAt
        };
        log.info(`Baseline: run ${run.runId} from ${ref.url ?? file.path} (${run.finishedAt})`);
        fold.add(run, ref);
    }
}
function describeSkipped(skipped) {
    const parts = [];
    if (skipped.otherTimeline > 0) {
        parts.push(`${counted(skipped.otherTimeline, 'run', 'runs')} of another timeline skipped`);
    }
    if (skipped.otherLoad > 0) {
        parts.push(`${counted(skipped.otherLoad, 'run', 'runs')} of another load (data item, role or virtual users) skipped`);
    }
    if (skipped.unfinished > 0) {
        parts.push(`${counted(skipped.unfinished, 'run', 'runs')} that did not finish skipped`);
    }
    if (skipped.unreadable.length > 0) {
        parts.push(`${counted(skipped.unreadable.length, 'file', 'files')} unreadable (${skipped.unreadable[0]})`);
    }
    return parts.join(', ');
}
function uncalibrated(runs, input) {
    const needed = MIN_CALIBRATED_RUNS - runs;
    const limit = input.maxRegressionPercent ?? DEFAULT_MAX_REGRESSION_PERCENT;
    return (`The regression gate is uncalibrated: ${counted(runs, 'history run', 'history runs')}, it needs ` +
        `${MIN_CALIBRATED_RUNS} to learn the timeline's noise (${needed} more). Until then a step ` +
        `regresses when its p95 grew by more than ${formatPercent(limit)} and ${formatMs(input.noiseFloorMs)}.`);
}

;// CONCATENATED MODULE: ./src/present/ai-analysis.ts
/** The AI analysis text as markdown: each track item's section under a heading of its own. */

/** The header the server puts above each track item's analysis. */
const SECTION_HEADER = /^\s*=== AI Analysis for: (.*?) ===\s*$/;
const ai_analysis_LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
const MAX_HEADING_LENGTH = 200;
/**
 * Server text escaped as escapeMarkdownText does, except that `=== AI Analysis for: <id> ===`
 * becomes a heading naming the track item by its title and region.
 */
function renderAiAnalysis(text, trackItems) {
    const byId = new Map(trackItems.map((item) => [item.trackItemId, item]));
    const blocks = [];
    let paragraph = [];
    const flush = () => {
        const escaped = escapeMarkdownText(paragraph.join('\n'));
        if (escaped)
            blocks.push(escaped);
        paragraph = [];
    };
    for (const line of text.split(ai_analysis_LINE_BREAK)) {
        const header = SECTION_HEADER.exec(line);
        if (!header) {
            paragraph.push(line);
            continue;
        }
        flush();
        blocks.push(sectionHeading(header[1], byId.get(header[1].trim())));
    }
    flush();
    return blocks.join('\n\n');
}
function sectionHeading(trackItemId, trackItem) {
    const title = trackItem?.title || trackItemId || 'Unnamed track item';
    const region = trackItem?.region ? ` · ${trackItem.region}` : '';
    return `#### ${escapeMarkdownCell(truncate(`${title}${region}`, MAX_HEADING_LENGTH))}`;
}

;// CONCATENATED MODULE: ./src/present/xychart.ts
/** A fenced Mermaid `xychart-beta` block, which GitHub renders in summaries and comments. */
function renderXyChart(chart) {
    return [
        '```mermaid',
        chart.horizontal ? 'xychart-beta horizontal' : 'xychart-beta',
        ...(chart.title === undefined ? [] : [`  title "${chart.title}"`]),
        `  x-axis [${chart.xLabels.map((label) => `"${label}"`).join(', ')}]`,
        `  y-axis "${chart.yAxis}"`,
        `  ${chart.series} [${chart.values.join(', ')}]`,
        '```'
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/present/chart.ts
/** A Mermaid bar chart of the slowest steps' p95, which GitHub renders in summaries and comments. */



const DEFAULT_MAX_BARS = 20;
const DEFAULT_MAX_LABEL_LENGTH = 28;
const MAX_TRACK_ITEM_LABEL_LENGTH = 18;
/**
 * A heading and a fenced `xychart-beta` block of the slowest steps by p95, or an empty string when
 * there are no steps. Horizontal, so step titles stay readable on the category axis; when the run
 * has more than one track item, each label names the step's track item.
 */
function renderP95Chart(steps, options = {}) {
    if (steps.length === 0)
        return '';
    const maxBars = options.maxBars ?? DEFAULT_MAX_BARS;
    const slowest = [...steps].sort(slowestFirst).slice(0, maxBars);
    const scope = slowest.length < steps.length
        ? `slowest ${slowest.length} of ${formatCount(steps.length)} steps`
        : counted(steps.length, 'step', 'steps');
    const withTrackItem = new Set(steps.map(({ trackItem }) => trackItem)).size > 1;
    const labels = uniqueLabels(slowest.map(({ step, trackItem }) => {
        const title = chartLabel(step.title, options.maxLabelLength ?? DEFAULT_MAX_LABEL_LENGTH);
        if (!withTrackItem)
            return title;
        const where = chartLabel(trackItem.title || trackItem.trackItemId, MAX_TRACK_ITEM_LABEL_LENGTH);
        return `${title} · ${where}`;
    }));
    const values = slowest.map(({ step }) => (Number.isFinite(step.p95) ? Math.round(step.p95) : 0));
    return [
        `### p95 per step (${scope})`,
        '',
        renderXyChart({ horizontal: true, xLabels: labels, yAxis: 'p95 (ms)', series: 'bar', values })
    ].join('\n');
}
/**
 * A title that cannot end the quoted label or the line, nor start a Mermaid directive or markdown
 * string, shortened in the middle so both the method and the end of a path stay visible.
 */
function chartLabel(title, maxLength) {
    const plain = stripControlCharacters(title)
        .replace(/\s+/g, ' ')
        .replace(/["`]/g, "'")
        .replace(/%+/g, '%')
        .replace(/</g, '‹')
        .replace(/>/g, '›')
        .trim();
    const characters = Array.from(plain);
    if (characters.length <= maxLength)
        return plain || '(untitled)';
    const head = Math.ceil((maxLength - 1) / 2);
    const tail = maxLength - 1 - head;
    const start = characters.slice(0, head).join('').trimEnd();
    const end = characters
        .slice(characters.length - tail)
        .join('')
        .trimStart();
    return `${start}…${end}`;
}
/** Mermaid merges bars with equal labels, so labels still repeated get a number. */
function uniqueLabels(labels) {
    const used = new Set();
    return labels.map((label) => {
        let unique = label;
        for (let count = 2; used.has(unique); count += 1)
            unique = `${label} (${count})`;
        used.add(unique);
        return unique;
    });
}

;// CONCATENATED MODULE: ./src/present/checks.ts
/** The table of what the gate checked: each criterion, the worst figure it saw and whether it held. */



/** A markdown table with one row per criterion, or '' when there were none. */
function renderChecksTable(input, options) {
    const { checks } = input.verdict;
    if (checks.length === 0)
        return '';
    const titles = trackItemTitles(input.metrics);
    const rows = checks.slice(0, options.maxRows).map((check) => {
        const cells = [
            check.checkedOn === 0 ? '⚠️' : check.held ? '✅' : '❌',
            inlineCode(truncate(check.criterion.source, options.maxTitleLength)),
            worstFigure(check, titles, options.maxTitleLength),
            checkedOn(check)
        ];
        return `| ${cells.join(' | ')} |`;
    });
    const more = checks.length - rows.length;
    return [
        '| | Criterion | Worst measured | Checked on |',
        '| --- | --- | --- | --- |',
        ...rows,
        ...(more > 0 ? [`\n_…and ${formatCount(more)} more criteria._`] : [])
    ].join('\n');
}
function worstFigure(check, titles, maxTitleLength) {
    if (!check.worst)
        return '–';
    const { value, stepTitle, trackItemId } = check.worst;
    const figure = formatMetric(check.criterion.metric, value);
    const trackItem = trackItemId === undefined ? undefined : (titles.get(trackItemId) ?? trackItemId);
    const cell = (text) => escapeMarkdownCell(truncate(text, maxTitleLength));
    if (stepTitle !== undefined) {
        return `${figure} on ${cell(stepTitle)}${trackItem ? ` (${cell(trackItem)})` : ''}`;
    }
    return trackItem ? `${figure} (${cell(trackItem)})` : figure;
}
function checkedOn({ criterion, checkedOn }) {
    const onSteps = TIME_METRICS.has(criterion.metric) || criterion.scope.kind === 'step';
    if (onSteps) {
        return checkedOn === 0 ? 'no step matched' : counted(checkedOn, 'step', 'steps');
    }
    if (criterion.scope.kind === 'track-item') {
        return checkedOn === 0 ? 'no such track item' : "the track item's totals";
    }
    return "the run's totals";
}

;// CONCATENATED MODULE: ./src/present/regression-text.ts
/** Sentences about the comparison with the history, shared by the summary and the comment. */



/** `Compared 98 steps with 10 history runs: 2 regressed; the rest stayed within their limits.` */
function comparedLine(baseline) {
    const regressions = baseline.steps.filter((step) => step.regression).length;
    const steps = counted(baseline.comparedSteps, 'step', 'steps');
    const runs = counted(baseline.runs.length, 'history run', 'history runs');
    if (baseline.comparedSteps === 0)
        return `No step of this run is in the ${runs}: none was compared.`;
    const rest = baseline.calibrated
        ? regressions === 0
            ? 'all stayed within their limits'
            : `${formatCount(regressions)} regressed; the rest stayed within their limits`
        : regressions === 0
            ? `none grew by more than ${practicalMinimum(baseline)}`
            : `${formatCount(regressions)} grew by more than ${practicalMinimum(baseline)}`;
    const whole = baseline.runChangePercent === undefined || baseline.runLimitPercent === undefined
        ? ''
        : ` The run as a whole: ${formatPercent(baseline.runChangePercent, { signed: true })} ` +
            `(limit ${formatPercent(baseline.runLimitPercent, { signed: true })}).`;
    return `Compared ${steps} with ${runs}: ${rest}.${whole}`;
}
/** `History: 10 runs (…) · false alarms at most 1% of unchanged runs · practical minimum +10% and 20 ms` */
function historyLine(baseline, maxLinks) {
    const links = baseline.runs
        .slice(-maxLinks)
        .map((run) => markdownLink(truncate(run.runId, 80), run.url));
    const more = baseline.runs.length > links.length ? '…, ' : '';
    const runs = `${counted(baseline.runs.length, 'run', 'runs')} (${more}${links.join(', ')})`;
    const gate = baseline.calibrated
        ? `false alarms at most ${formatPercent(baseline.falseAlarmRate)} of unchanged runs`
        : `⚠️ uncalibrated: the noise is learnt from ${MIN_CALIBRATED_RUNS} runs, ${MIN_CALIBRATED_RUNS - baseline.runs.length} more needed`;
    return `History: ${runs} · ${gate} · practical minimum ${practicalMinimum(baseline)}`;
}
function practicalMinimum(baseline) {
    const percent = baseline.maxRegressionPercent === undefined
        ? ''
        : `${formatPercent(baseline.maxRegressionPercent, { signed: true })} and `;
    return `${percent}${formatMs(baseline.noiseFloorMs)}`;
}

;// CONCATENATED MODULE: ./src/present/trend-chart.ts
/** Mermaid line charts of the history and this run, so an outlier run shows at a glance. */


/**
 * Two `xychart-beta` line charts: the run-level p95 index (geometric mean of the step p95s against
 * the history, 100 = usual) and the worst p95, history oldest first, this run last. Empty without
 * history.
 */
function renderTrendChart(trend) {
    if (trend.length < 2)
        return '';
    const labels = trend.map((point, index) => (point.current ? 'this run' : `run ${index + 1}`));
    const chart = (title, yAxis, values) => renderXyChart({
        title,
        xLabels: labels,
        yAxis,
        series: 'line',
        values: values.map((value) => (Number.isFinite(value) ? round(value) : 0))
    });
    return [
        `History of ${counted(trend.length - 1, 'run', 'runs')}, oldest first, and this run:`,
        '',
        chart('p95 index (100 = the history’s usual)', 'p95 index', trend.map((point) => point.p95Index)),
        '',
        chart('Worst step p95', 'p95 (ms)', trend.map((point) => point.worstP95))
    ].join('\n');
}
function round(value) {
    return Math.round(value * 10) / 10;
}

;// CONCATENATED MODULE: ./src/present/summary.ts
/** The job summary: verdict and headline figures first, then every step's figures within 1 MiB. */







const DEFAULT_MAX_BYTES = 1_000_000;
const MAX_LISTED = 50;
const MAX_NOTES = 20;
const summary_MAX_TITLE_LENGTH = 200;
const MAX_MESSAGE_LENGTH = 500;
const MAX_AI_CHARACTERS = 50_000;
/** Room for rounding in the byte budget: separators and the omission sentence's exact wording. */
const BUDGET_SLACK = 256;
const STEP_COLUMNS = [
    'Step',
    'Requests',
    'Errors',
    'Error rate',
    'Average',
    'Median',
    'p90',
    'p95',
    'p99',
    'Max'
];
const BASELINE_COLUMNS = ['Baseline p95', 'Δ p95', 'Δ %'];
const TIME_COLUMNS = ['average', 'median', 'p90', 'p95', 'p99', 'max'];
const SECTION_SEPARATOR = '\n\n';
function renderSummary(input, options = {}) {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const context = buildContext(input);
    const leading = [
        headline(input),
        unmadeCheckLines(input.verdict, MAX_MESSAGE_LENGTH).join(SECTION_SEPARATOR),
        notesSection(input.notes ?? []),
        checksSection(input),
        breachesSection(input.verdict),
        baselineSection(context),
        trendSection(input.verdict)
    ].filter((section) => section !== '');
    let chart = renderP95Chart(context.steps);
    let ai = aiSection(input, maxBytes);
    const stepsHeading = stepsHeadingSection(context);
    const omissionBound = omissionSentence(context.steps.length, context.steps.length, input.links);
    const fixedBytes = () => sectionsBytes([...leading, chart, stepsHeading, omissionBound, ai]) + BUDGET_SLACK;
    if (fixedBytes() > maxBytes)
        ai = '';
    if (fixedBytes() > maxBytes)
        chart = '';
    const tables = stepTables(context, maxBytes - fixedBytes());
    const omitted = context.steps.length - tables.shownSteps;
    const markdown = [
        ...leading,
        chart,
        stepsHeading,
        omitted > 0 ? omissionSentence(omitted, context.steps.length, input.links) : '',
        ...tables.blocks,
        ai
    ]
        .filter((section) => section !== '')
        .join(SECTION_SEPARATOR);
    return { markdown: `${markdown}\n`, omittedSteps: omitted };
}
function buildContext(input) {
    const steps = allSteps(input.metrics);
    const comparisons = new Map();
    for (const comparison of input.verdict.baseline?.steps ?? []) {
        comparisons.set(stepKey(comparison.trackItemId, comparison.stepId), comparison);
    }
    return {
        input,
        steps,
        gated: gatedStepKeys(input.verdict, indexSteps(steps)),
        comparisons,
        trackItemTitles: trackItemTitles(input.metrics),
        units: columnUnits(steps, [...comparisons.values()])
    };
}
function columnUnits(steps, comparisons) {
    const stepUnit = (column) => timeUnitFor(steps.map(({ step }) => step[column]));
    return {
        average: stepUnit('average'),
        median: stepUnit('median'),
        p90: stepUnit('p90'),
        p95: stepUnit('p95'),
        p99: stepUnit('p99'),
        max: stepUnit('max'),
        baselineP95: timeUnitFor(comparisons.map((step) => step.baselineP95 ?? 0)),
        deltaMs: timeUnitFor(comparisons.map((step) => step.deltaMs ?? 0))
    };
}
function headline({ metrics, verdict, links, name }) {
    const lines = [`## ${verdictHeadline(verdict, name)}`, runFacts(metrics), keyFigures(metrics)];
    const linkLine = linksLine(links);
    if (linkLine)
        lines.push(linkLine);
    return lines.join(SECTION_SEPARATOR);
}
function runFacts(metrics) {
    const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 200));
    return [
        `**${title}**`,
        `run ${inlineCode(truncate(metrics.runId, 200))}`,
        `status **${escapeMarkdownCell(metrics.status)}**`,
        `duration ${formatDuration(metrics.durationSeconds)}`,
        `planned ${formatDuration(metrics.plannedRunTime)}`,
        `estimated virtual-user usage ${formatCount(metrics.estimatedVum)} VUM`
    ].join(' · ');
}
function keyFigures(metrics) {
    return `**Worst p95:** ${worstP95Text(metrics, summary_MAX_TITLE_LENGTH)} · **Error rate:** ${errorRateText(metrics)}`;
}
function linksLine(links = {}) {
    const parts = [];
    if (links.artifactName || links.artifactUrl) {
        parts.push(`📦 Reports: ${reportsLocation(links)}`);
    }
    if (links.workflowRunUrl)
        parts.push(markdownLink('workflow run', links.workflowRunUrl));
    return parts.join(' · ');
}
/** Where the full reports are: the artifact when it was uploaded, else the report directory. */
function reportsLocation(links = {}) {
    if (!links.artifactName && !links.artifactUrl)
        return 'the report directory (`report-dir` output)';
    return `artifact ${markdownLink(links.artifactName ?? 'reports', links.artifactUrl)}`;
}
function notesSection(notes) {
    if (notes.length === 0)
        return '';
    const listed = notes
        .slice(0, MAX_NOTES)
        .map((note) => `- ⚠️ ${escapeMarkdownCell(truncate(note, MAX_MESSAGE_LENGTH))}`);
    return [
        `**Warnings**`,
        '',
        ...listed,
        ...moreLine(notes.length - listed.length, 'warnings')
    ].join('\n');
}
function checksSection(input) {
    const table = renderChecksTable(input, {
        maxRows: MAX_LISTED,
        maxTitleLength: summary_MAX_TITLE_LENGTH
    });
    return table ? `### Criteria\n\n${table}` : '';
}
function breachesSection(verdict) {
    const { breaches } = verdict;
    if (breaches.length === 0)
        return '';
    const listed = breaches
        .slice(0, MAX_LISTED)
        .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, MAX_MESSAGE_LENGTH))}`);
    return [
        `### ❌ ${counted(breaches.length, 'threshold breach', 'threshold breaches')}`,
        '',
        ...listed,
        ...moreLine(breaches.length - listed.length, 'breaches')
    ].join('\n');
}
function baselineSection(context) {
    const { baseline, regressions } = context.input.verdict;
    if (!baseline)
        return '';
    const newSteps = baseline.steps.filter((step) => step.kind === 'new');
    const vanished = baseline.steps.filter((step) => step.kind === 'vanished');
    const improved = baseline.steps.filter((step) => step.improvement);
    const parts = [
        '### Compared with the history',
        historyLine(baseline, 10),
        comparedLine(baseline),
        [
            `🔺 ${counted(regressions.length + baseline.runRegressions.length, 'regression', 'regressions')}`,
            `✅ ${formatCount(improved.length)} faster`,
            `🆕 ${formatCount(newSteps.length)} new`,
            `${formatCount(vanished.length)} vanished`
        ].join(' · ')
    ];
    const findings = [
        ...baseline.runRegressions.map((finding) => finding.message),
        ...[...regressions].sort((a, b) => b.deltaPercent - a.deltaPercent).map((step) => step.message)
    ];
    if (findings.length > 0) {
        parts.push([
            '**🔺 Regressions**',
            '',
            ...findings
                .slice(0, MAX_LISTED)
                .map((message) => `- ❌ ${escapeMarkdownText(truncate(message, MAX_MESSAGE_LENGTH))}`),
            ...moreLine(findings.length - MAX_LISTED, 'regressions')
        ].join('\n'));
    }
    if (newSteps.length > 0)
        parts.push(`**🆕 New steps:** ${stepNames(context, newSteps)}`);
    if (vanished.length > 0)
        parts.push(`**Vanished steps:** ${stepNames(context, vanished)}`);
    return parts.join(SECTION_SEPARATOR);
}
function trendSection(verdict) {
    const chart = renderTrendChart(verdict.baseline?.trend ?? []);
    return chart === '' ? '' : `### Trend\n\n${chart}`;
}
function stepNames(context, steps) {
    return stepNameList(steps, context.trackItemTitles, {
        maxListed: MAX_LISTED,
        maxTitleLength: summary_MAX_TITLE_LENGTH
    });
}
function stepsHeadingSection(context) {
    if (context.steps.length === 0)
        return '### Steps\n\nNo step figures were reported.';
    const legend = ['Slowest p95 first.'];
    if (context.gated.size > 0)
        legend.push('❌ breached a threshold or regressed.');
    if (context.input.verdict.baseline) {
        legend.push('🔺 slower than the baseline, ✅ faster, 🆕 not in the baseline.');
    }
    return `### Steps\n\n${legend.join(' ')}`;
}
function omissionSentence(omitted, total, links) {
    return (`**${formatCount(omitted)} of ${formatCount(total)} steps are not shown** to keep this summary ` +
        `within GitHub's size limit. The tables keep the slowest steps by p95 and every step that ` +
        `breached a threshold or regressed; every step is in \`metrics.json\` and the Excel report ` +
        `in ${reportsLocation(links)}.`);
}
/**
 * Fills the byte budget with rows, gated steps first and then the slowest, rendering each row once
 * so that runs with tens of thousands of steps stay fast.
 */
function stepTables(context, budget) {
    const withBaseline = context.input.verdict.baseline !== undefined;
    const candidates = context.steps
        .map((view) => ({ view, key: stepKey(view.trackItem.trackItemId, view.step.stepId) }))
        .sort((a, b) => Number(context.gated.has(b.key)) - Number(context.gated.has(a.key)) ||
        slowestFirst(a.view, b.view));
    const kept = new Map();
    const rows = new Map();
    let used = 0;
    for (const { view, key } of candidates) {
        const row = stepRow(view, context, key, withBaseline);
        const opening = kept.has(view.trackItem) ? 0 : trackItemOverhead(view.trackItem, context);
        const cost = Buffer.byteLength(row) + 1 + opening;
        if (used + cost > budget)
            break;
        used += cost;
        rows.set(view, row);
        const views = kept.get(view.trackItem);
        if (views)
            views.push(view);
        else
            kept.set(view.trackItem, [view]);
    }
    const blocks = context.input.metrics.trackItems
        .filter((trackItem) => kept.has(trackItem))
        .map((trackItem) => {
        const views = (kept.get(trackItem) ?? []).sort(slowestFirst);
        return trackItemBlock(trackItem, views.map((view) => rows.get(view) ?? ''), withBaseline);
    });
    return { blocks, shownSteps: rows.size };
}
function trackItemOverhead(trackItem, context) {
    const withBaseline = context.input.verdict.baseline !== undefined;
    const block = trackItemBlock(trackItem, [], withBaseline);
    const longestFooter = notShownLine(trackItem.steps.length);
    return Buffer.byteLength(block) + Buffer.byteLength(longestFooter) + 2 * SECTION_SEPARATOR.length;
}
function trackItemBlock(trackItem, rows, withBaseline) {
    const columns = withBaseline ? [...STEP_COLUMNS, ...BASELINE_COLUMNS] : STEP_COLUMNS;
    const alignment = columns.map((_, column) => (column === 0 ? '---' : '---:'));
    const region = trackItem.region ? ` · ${escapeMarkdownCell(trackItem.region)}` : '';
    const heading = `#### ${escapeMarkdownCell(truncate(trackItem.title || trackItem.trackItemId, summary_MAX_TITLE_LENGTH))}${region}`;
    const table = [`| ${columns.join(' | ')} |`, `| ${alignment.join(' | ')} |`, ...rows].join('\n');
    const hidden = trackItem.steps.length - rows.length;
    const parts = [heading, table];
    if (rows.length > 0 && hidden > 0)
        parts.push(notShownLine(hidden));
    return parts.join(SECTION_SEPARATOR);
}
function notShownLine(hidden) {
    return `_${counted(hidden, 'more step', 'more steps')} of this track item not shown._`;
}
function stepRow({ step }, context, key, withBaseline) {
    const title = escapeMarkdownCell(truncate(step.title || step.stepId, summary_MAX_TITLE_LENGTH));
    const { units } = context;
    const cells = [
        context.gated.has(key) ? `❌ ${title}` : title,
        formatCount(step.requests),
        formatCount(step.errors),
        formatPercent(step.errorRate),
        ...TIME_COLUMNS.map((column) => formatMs(step[column], { unit: units[column] }))
    ];
    if (withBaseline)
        cells.push(...baselineCells(context.comparisons.get(key), units));
    return `| ${cells.join(' | ')} |`;
}
function baselineCells(comparison, units) {
    if (!comparison || comparison.kind === 'vanished')
        return ['–', '–', '–'];
    if (comparison.kind === 'new')
        return ['🆕 new', '–', '–'];
    const mark = comparison.regression ? '🔺 ' : comparison.improvement ? '✅ ' : '';
    return [
        formatMs(comparison.baselineP95 ?? NaN, { unit: units.baselineP95 }),
        formatMs(comparison.deltaMs ?? NaN, { signed: true, unit: units.deltaMs }),
        `${mark}${formatPercent(comparison.deltaPercent ?? NaN, { signed: true })}` +
            (comparison.limitPercent === undefined
                ? ''
                : ` (limit ${formatPercent(comparison.limitPercent, { signed: true })})`)
    ];
}
function aiSection(input, maxBytes) {
    const { aiAnalysis: text, links, metrics } = input;
    if (!text || text.trim() === '')
        return '';
    const cap = Math.floor(maxBytes / 4);
    const render = (length) => renderAiAnalysis(truncate(text, length), metrics.trackItems);
    let length = Math.min(text.length, MAX_AI_CHARACTERS);
    let body = render(length);
    while (Buffer.byteLength(body) > cap && length > 0) {
        length = Math.floor(length / 2);
        body = render(length);
    }
    if (length < text.length) {
        body += `\n\n_The analysis is cut short here; the full text is in ${reportsLocation(links)}._`;
    }
    return `<details><summary>AI analysis</summary>\n\n${body}\n\n</details>`;
}
function moreLine(more, what) {
    return more > 0 ? [`- …and ${formatCount(more)} more ${what}.`] : [];
}
function sectionsBytes(sections) {
    const present = sections.filter((section) => section !== '');
    const separators = Math.max(0, present.length - 1) * SECTION_SEPARATOR.length;
    return present.reduce((total, section) => total + Buffer.byteLength(section), separators);
}

;// CONCATENATED MODULE: ./src/present/junit.ts
/**
 * JUnit XML for test reporters: one test case per step, failed by the breaches and regressions that
 * concern it, and one "run" test case for what concerns the whole run.
 *
 * A step's time is its average response time in seconds: JUnit's time is how long one execution of
 * a test took, which the average describes, while p95 is a tail figure that reporters would add up
 * into a meaningless total. The p95 and every other figure is in the failure text, the summary and
 * metrics.json.
 */



const INVALID_XML = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function renderJUnit(input) {
    const { metrics, verdict } = input;
    const timeline = metrics.timelineTitle || metrics.timelineId;
    const suiteName = input.name ? `${timeline} (${input.name})` : timeline;
    const steps = allSteps(metrics);
    const index = indexSteps(steps);
    const stepFailures = new Map();
    const runCase = {
        classname: suiteName,
        name: 'run',
        seconds: metrics.durationSeconds,
        failures: [],
        error: verdict.result === 'error' ? verdict.reason : undefined
    };
    const fileUnder = (trackItemId, stepId, failure) => {
        const view = stepId === undefined ? undefined : index.get(stepKey(trackItemId, stepId));
        const failures = view ? stepFailures.get(view) : runCase.failures;
        if (failures)
            failures.push(failure);
        else if (view)
            stepFailures.set(view, [failure]);
    };
    for (const breach of verdict.breaches) {
        fileUnder(breach.trackItemId, breach.stepId, thresholdFailure(breach));
    }
    for (const regression of verdict.regressions) {
        fileUnder(regression.trackItemId, regression.stepId, regressionFailure(regression));
    }
    for (const finding of verdict.baseline?.runRegressions ?? []) {
        runCase.failures.push({
            type: 'regression',
            message: finding.message,
            details: finding.message
        });
    }
    const cases = [
        runCase,
        ...steps.map((view) => ({
            classname: view.trackItem.title || view.trackItem.trackItemId,
            name: view.step.title || view.step.stepId,
            seconds: view.step.average / 1000,
            failures: stepFailures.get(view) ?? []
        }))
    ];
    const errors = cases.filter((testCase) => testCase.error !== undefined).length;
    const failures = cases.filter((testCase) => !testCase.error && testCase.failures.length > 0).length;
    const counts = `tests="${cases.length}" failures="${failures}" errors="${errors}"`;
    const time = `time="${seconds(metrics.durationSeconds)}"`;
    const timestamp = metrics.startedAt ? ` timestamp="${attribute(metrics.startedAt)}"` : '';
    return [
        '<?xml version="1.0" encoding="UTF-8"?>',
        `<testsuites name="Leapwork Performance" ${counts} ${time}>`,
        `  <testsuite name="${attribute(suiteName)}" ${counts} skipped="0" ${time}${timestamp}>`,
        '    <properties>',
        property('leapwork.runId', metrics.runId),
        property('leapwork.timelineId', metrics.timelineId),
        property('leapwork.status', metrics.status),
        property('leapwork.result', verdict.result),
        property('leapwork.reason', verdict.reason),
        '    </properties>',
        ...cases.map(testCaseXml),
        '  </testsuite>',
        '</testsuites>',
        ''
    ].join('\n');
}
function thresholdFailure(breach) {
    const { criterion, value } = breach;
    return {
        type: 'threshold',
        message: breach.message,
        details: `Criterion: ${criterion.source}\nMeasured ${criterion.metric}: ${formatMetric(criterion.metric, value)}`
    };
}
function regressionFailure(comparison) {
    const change = p95Change(comparison);
    const limit = comparison.limitPercent === undefined
        ? ''
        : `\nLimit in this run: ${formatPercent(comparison.limitPercent, { signed: true })}`;
    return {
        type: 'regression',
        message: comparison.message,
        details: `Baseline p95 → current p95: ${change}${limit}`
    };
}
/** `120 ms → 180 ms (+60 ms, +50%)` */
function p95Change(comparison) {
    const from = formatMs(comparison.baselineP95);
    const to = formatMs(comparison.currentP95);
    const deltaMs = formatMs(comparison.deltaMs, { signed: true });
    const deltaPercent = formatPercent(comparison.deltaPercent, { signed: true });
    return `${from} → ${to} (${deltaMs}, ${deltaPercent})`;
}
function testCaseXml(testCase) {
    const open = `    <testcase classname="${attribute(testCase.classname)}" name="${attribute(testCase.name)}" time="${seconds(testCase.seconds)}"`;
    if (testCase.failures.length === 0 && testCase.error === undefined)
        return `${open}/>`;
    const children = testCase.failures.map((failure) => `      <failure message="${attribute(failure.message)}" type="${failure.type}">${junit_text(failure.details)}</failure>`);
    if (testCase.error !== undefined) {
        children.push(`      <error message="${attribute(testCase.error)}" type="run">${junit_text(testCase.error)}</error>`);
    }
    return [`${open}>`, ...children, '    </testcase>'].join('\n');
}
function property(name, value) {
    return `      <property name="${name}" value="${attribute(value)}"/>`;
}
function seconds(value) {
    return Number.isFinite(value) && value > 0 ? value.toFixed(3) : '0';
}
function junit_text(value) {
    return stripControlCharacters(value)
        .replace(INVALID_XML, '')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\r/g, '&#13;');
}
function attribute(value) {
    return junit_text(value)
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&apos;')
        .replace(/\n/g, '&#10;')
        .replace(/\t/g, '&#9;');
}

;// CONCATENATED MODULE: ./src/present/findings.ts
/** The verdict's findings (breaches and regressions) as sentences, worst first, for annotations. */
/** Every breach and regression, the furthest past its limit or baseline first. */
function rankFindings(verdict) {
    const findings = [
        ...verdict.breaches.map(breachFinding),
        ...verdict.regressions.map(regressionFinding),
        ...(verdict.baseline?.runRegressions ?? []).map(runRegressionFinding)
    ];
    return findings.sort((a, b) => b.severity - a.severity);
}
function breachFinding(breach) {
    const { limit } = breach.criterion;
    return {
        kind: 'breach',
        message: breach.message,
        severity: Math.abs(breach.value - limit) / (Math.abs(limit) || 1)
    };
}
function regressionFinding(regression) {
    return {
        kind: 'regression',
        message: regression.message,
        severity: regression.deltaPercent / 100
    };
}
function runRegressionFinding(regression) {
    return {
        kind: 'regression',
        message: regression.message,
        severity: regression.changePercent / 100
    };
}

;// CONCATENATED MODULE: ./src/present/comment-body.ts
/** The pull request comment: a compact view of the verdict, kept far below GitHub's size limit. */




const MARKER_PREFIX = 'leapwork-performance-action:';
const SLOWEST_STEPS = 10;
const MAX_BREACHES = 10;
const MAX_REGRESSIONS = 10;
const MAX_IMPROVEMENTS = 5;
const comment_body_MAX_NOTES = 5;
const MAX_BASELINE_RUNS = 5;
const MAX_CRITERIA = 10;
const MAX_LISTED_STEPS = 10;
const comment_body_MAX_TITLE_LENGTH = 80;
const comment_body_MAX_MESSAGE_LENGTH = 300;
/**
 * The hidden line that finds this job's comment (this leg's, with a name) again on the next run.
 * Values are percent-encoded where they could end the HTML comment or blur the boundary between
 * values.
 */
function commentMarker(timelineId, job, name) {
    const leg = name === undefined ? '' : ` name=${markerValue(name)}`;
    return `<!-- ${MARKER_PREFIX} timeline=${markerValue(timelineId)} job=${markerValue(job)}${leg} -->`;
}
function renderComment(input) {
    const { metrics, verdict } = input;
    const sections = [
        `${input.marker}\n### ${verdictHeadline(verdict, input.name)}`,
        runLine(input),
        unmadeCheckLines(verdict, comment_body_MAX_MESSAGE_LENGTH).join('\\\n'),
        comment_body_notesSection(input.notes ?? []),
        renderChecksTable(input, { maxRows: MAX_CRITERIA, maxTitleLength: comment_body_MAX_TITLE_LENGTH }),
        comment_body_breachesSection(input),
        verdict.baseline ? comment_body_baselineSection(input, verdict.baseline) : '',
        metrics.trackItems.some((item) => item.steps.length > 0) ? slowestSection(input) : '',
        comment_body_linksLine(input.links ?? {})
    ];
    return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}
function markerValue(value) {
    return value
        .replace(/[%<>\s\p{Cc}]/gu, (character) => encodeURIComponent(character))
        .replace(/--/g, '-%2D');
}
function runLine({ metrics }) {
    const title = escapeMarkdownCell(truncate(metrics.timelineTitle || metrics.timelineId, 120));
    return [
        `**${title}**`,
        `run ${inlineCode(truncate(metrics.runId, 120))}`,
        `${escapeMarkdownCell(truncate(metrics.status, 40))} in ${formatDuration(metrics.durationSeconds)}`,
        `worst p95 ${worstP95Text(metrics, comment_body_MAX_TITLE_LENGTH)}`,
        `error rate ${errorRateText(metrics)}`
    ].join(' · ');
}
function comment_body_notesSection(notes) {
    return notes
        .slice(0, comment_body_MAX_NOTES)
        .map((note) => `⚠️ ${escapeMarkdownCell(truncate(note, comment_body_MAX_MESSAGE_LENGTH))}`)
        .join('\\\n');
}
function comment_body_breachesSection({ verdict }) {
    const { breaches } = verdict;
    if (breaches.length === 0)
        return '';
    const lines = breaches
        .slice(0, MAX_BREACHES)
        .map((breach) => `- ❌ ${escapeMarkdownCell(truncate(breach.message, comment_body_MAX_MESSAGE_LENGTH))}`);
    if (breaches.length > lines.length) {
        lines.push(`- …and ${formatCount(breaches.length - lines.length)} more in the summary.`);
    }
    return [`**Breaches (${formatCount(breaches.length)})**`, ...lines].join('\n');
}
function comment_body_baselineSection(input, baseline) {
    const regressions = [...input.verdict.regressions].sort((a, b) => (b.deltaMs ?? 0) - (a.deltaMs ?? 0));
    const improvements = baseline.steps
        .filter((step) => step.improvement)
        .sort((a, b) => (a.deltaMs ?? 0) - (b.deltaMs ?? 0));
    const counts = [
        `🔺 ${formatCount(regressions.length)} slower`,
        `✅ ${formatCount(improvements.length)} faster`,
        `🆕 ${formatCount(baseline.steps.filter((step) => step.kind === 'new').length)} new`,
        `${formatCount(baseline.steps.filter((step) => step.kind === 'vanished').length)} vanished`
    ].join(' · ');
    const lines = [
        `**Compared with ${baselineRuns(baseline)}:** ${counts}`,
        '',
        comparedLine(baseline),
        ...baseline.runRegressions.map((finding) => `\n🔺 ${escapeMarkdownText(truncate(finding.message, comment_body_MAX_MESSAGE_LENGTH))}`)
    ];
    const titles = trackItemTitles(input.metrics);
    const changed = [
        ...regressions.slice(0, MAX_REGRESSIONS),
        ...improvements.slice(0, MAX_IMPROVEMENTS)
    ];
    if (changed.length > 0) {
        const units = {
            baseline: timeUnitFor(changed.map((step) => step.baselineP95 ?? 0)),
            current: timeUnitFor(changed.map((step) => step.currentP95 ?? 0)),
            delta: timeUnitFor(changed.map((step) => step.deltaMs ?? 0))
        };
        lines.push('', '| Step | Track item | Baseline p95 | p95 | Change |', '| --- | --- | ---: | ---: | ---: |', ...changed.map((step) => changeRow(step, titles, units)));
    }
    for (const [kind, label] of [
        ['new', '🆕 New steps'],
        ['vanished', 'Vanished steps']
    ]) {
        const listed = baseline.steps.filter((step) => step.kind === kind);
        if (listed.length > 0)
            lines.push('', `**${label}:** ${comment_body_stepNames(listed, titles)}`);
    }
    return lines.join('\n');
}
function comment_body_stepNames(steps, titles) {
    return stepNameList(steps, titles, {
        maxListed: MAX_LISTED_STEPS,
        maxTitleLength: comment_body_MAX_TITLE_LENGTH
    });
}
function baselineRuns(baseline) {
    const links = baseline.runs
        .slice(0, MAX_BASELINE_RUNS)
        .map((run) => markdownLink(truncate(run.runId, 80), run.url));
    if (baseline.runs.length > 1) {
        const more = baseline.runs.length > links.length ? ', …' : '';
        return `a history of ${baseline.runs.length} runs (${links.join(', ')}${more})`;
    }
    return `run ${links[0] ?? 'unknown'}`;
}
function changeRow(step, titles, units) {
    const mark = step.regression ? '🔺' : '✅';
    const limit = step.limitPercent === undefined || !step.regression
        ? ''
        : `, limit ${formatPercent(step.limitPercent, { signed: true })}`;
    const change = `${mark} ${formatMs(step.deltaMs ?? NaN, { signed: true, unit: units.delta })} (${formatPercent(step.deltaPercent ?? NaN, { signed: true })}${limit})`;
    return tableRow([
        comment_body_cell(step.title),
        comment_body_cell(titles.get(step.trackItemId) ?? step.trackItemId),
        formatMs(step.baselineP95 ?? NaN, { unit: units.baseline }),
        formatMs(step.currentP95 ?? NaN, { unit: units.current }),
        change
    ]);
}
function slowestSection(input) {
    const steps = allSteps(input.metrics);
    const slowest = [...steps].sort(slowestFirst).slice(0, SLOWEST_STEPS);
    const heading = steps.length > slowest.length
        ? `**Slowest ${slowest.length} of ${formatCount(steps.length)} steps by p95**`
        : '**Steps by p95**';
    const p95Unit = timeUnitFor(slowest.map(({ step }) => step.p95));
    const p99Unit = timeUnitFor(slowest.map(({ step }) => step.p99));
    return [
        heading,
        '',
        '| Step | Track item | Requests | Error rate | p95 | p99 |',
        '| --- | --- | ---: | ---: | ---: | ---: |',
        ...slowest.map(({ trackItem, step }) => tableRow([
            comment_body_cell(step.title || step.stepId),
            comment_body_cell(trackItem.title || trackItem.trackItemId),
            formatCount(step.requests),
            formatPercent(step.errorRate),
            formatMs(step.p95, { unit: p95Unit }),
            formatMs(step.p99, { unit: p99Unit })
        ]))
    ].join('\n');
}
function comment_body_linksLine(links) {
    const parts = [];
    const summaryUrl = links.summaryUrl ?? links.workflowRunUrl;
    if (summaryUrl)
        parts.push(markdownLink('Full results in the job summary', summaryUrl));
    if (links.artifactUrl || links.artifactName) {
        parts.push(`📦 ${markdownLink(`Reports: ${links.artifactName ?? 'artifact'}`, links.artifactUrl)}`);
    }
    return parts.join(' · ');
}
function comment_body_cell(text) {
    return escapeMarkdownCell(truncate(text, comment_body_MAX_TITLE_LENGTH));
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}

;// CONCATENATED MODULE: ./src/github/comment.ts
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** The author of what GITHUB_TOKEN writes, should the token not say who it is. */
const ACTIONS_BOT = 'github-actions[bot]';
/** The pull request this workflow run is for, or undefined on other events. */
async function pullRequestNumber() {
    if (!COMMENT_EVENTS.has(process.env.GITHUB_EVENT_NAME ?? ''))
        return undefined;
    const { context } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    return context.payload.pull_request?.number;
}
/**
 * Keeps one comment per timeline and job on the pull request: found again by its hidden marker
 * and edited in place, so a push does not add another comment. Only a comment written by the
 * token's own identity counts: anyone can paste the marker into a comment of theirs.
 */
async function upsertPullRequestComment(pullNumber, body, marker, token, log) {
    const { context, getOctokit } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(351)]).then(__nccwpck_require__.bind(__nccwpck_require__, 61351));
    const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || undefined });
    const { owner, repo } = context.repo;
    try {
        const existing = await octokit.paginate(octokit.rest.issues.listComments, {
            owner,
            repo,
            issue_number: pullNumber,
            per_page: 100
        });
        const marked = existing.filter((comment) => comment.body?.includes(marker));
        const author = marked.length > 0 ? await tokenIdentity(octokit) : undefined;
        const ours = marked.find((comment) => comment.user?.login === author);
        if (ours) {
            await octokit.rest.issues.updateComment({ owner, repo, comment_id: ours.id, body });
            log.info(`Updated the results comment on pull request #${pullNumber}.`);
        }
        else {
            await octokit.rest.issues.createComment({ owner, repo, issue_number: pullNumber, body });
            log.info(`Commented the results on pull request #${pullNumber}.`);
        }
    }
    catch (error) {
        const status = error.status;
        const reason = error instanceof Error ? error.message : String(error);
        const hint = status === 403 || status === 404
            ? ' The token cannot write to this pull request (a pull request from a fork gets a read-only token); grant "pull-requests: write" or set comment: false.'
            : '';
        log.warning(`The pull request comment could not be written: ${reason}.${hint}`);
    }
}
/**
 * Who the token writes as: the user of a personal token, `<app>[bot]` for a GitHub App's token.
 * GraphQL `viewer` answers for both, where GET /user refuses an App's token.
 */
async function tokenIdentity(octokit) {
    try {
        const { viewer } = await octokit.graphql('{ viewer { login } }');
        return viewer.login;
    }
    catch {
        return ACTIONS_BOT;
    }
}

;// CONCATENATED MODULE: ./src/github/publish.ts












/** GitHub shows at most this many error, and as many warning, annotations per step. */
const SHOWN_ANNOTATIONS = 10;
const FINDING_TITLES = {
    breach: 'Performance threshold breached',
    regression: 'Performance regression'
};
/** Everything a person or a later step sees of the run: files, artifact, summary, comment, outputs. */
async function publishResults(results) {
    const { settings, metrics, verdict, reports, log } = results;
    annotateVerdict(verdict, settings.failOnBreach, log);
    const presentation = {
        metrics,
        verdict,
        aiAnalysis: reports.aiText,
        notes: reports.problems,
        links: { workflowRunUrl: workflowRunUrl() },
        name: settings.name
    };
    const junitFile = (0,external_node_path_.join)(reports.dir, download/* REPORT_FILES */.JL.junit);
    await (0,promises_.writeFile)(junitFile, renderJUnit(presentation));
    const artifactName = settings.artifactName ?? (0,reports_artifact/* defaultArtifactName */.Vb)(metrics.timelineId, metrics.runId, settings.name);
    const artifact = await core.group(`Uploading the reports as artifact "${artifactName}"`, () => (0,reports_artifact/* uploadReportArtifact */.qw)(reports.dir, [...reports.files, results.metricsFile, junitFile], artifactName, settings.retentionDays, log));
    presentation.links = { ...presentation.links, ...artifactLinks(artifact, artifactName) };
    await writeSummary(renderSummary(presentation).markdown);
    await commentOnPullRequest(presentation, settings, log);
    setOutputs({ ...results, junitFile, artifact, artifactLink: presentation.links.artifactUrl });
    conclude(verdict, settings.failOnBreach, log);
}
function artifactLinks(artifact, name) {
    return artifact ? { artifactName: name, artifactUrl: artifactUrl(artifact.id) } : {};
}
/**
 * The worst findings become annotations, leaving room among the ones GitHub shows for the verdict's
 * own line and, when findings are left over, one that says how many and where; the log lists them
 * all.
 */
function annotateVerdict(verdict, failOnBreach, log) {
    const annotate = failOnBreach ? log.error : log.warning;
    const findings = rankFindings(verdict);
    const room = SHOWN_ANNOTATIONS - 1;
    const shown = findings.length <= room ? findings : findings.slice(0, room - 1);
    for (const finding of shown) {
        annotate(finding.message, { title: FINDING_TITLES[finding.kind] });
    }
    const more = findings.length - shown.length;
    if (more <= 0)
        return;
    const group = `All ${formatCount(findings.length)} performance findings, worst first`;
    annotate(`${formatCount(more)} more findings are not annotated. All ${formatCount(findings.length)} are ` +
        `listed in this step's log (group "${group}"), in junit.xml (a failure per step) and, with ` +
        `every step's figures, in metrics.json among the reports; the job summary lists the worst.`, { title: 'More performance findings' });
    core.startGroup(group);
    for (const finding of findings)
        log.info(finding.message);
    core.endGroup();
}
async function commentOnPullRequest(presentation, settings, log) {
    if (!settings.comment)
        return;
    const pullNumber = await pullRequestNumber();
    if (pullNumber === undefined)
        return;
    if (!settings.githubToken) {
        log.warning('No "github-token": the pull request comment was not written.');
        return;
    }
    const marker = commentMarker(presentation.metrics.timelineId, process.env.GITHUB_JOB ?? '', settings.name);
    const body = renderComment({ ...presentation, marker });
    await upsertPullRequestComment(pullNumber, body, marker, settings.githubToken, log);
}
function setOutputs(results) {
    const { metrics, verdict, reports } = results;
    const outputs = {
        status: metrics.status,
        result: verdict.result,
        'p95-ms': metrics.totals.worstP95,
        'error-rate': publish_round(metrics.totals.errorRate),
        errors: metrics.totals.errors,
        requests: metrics.totals.requests,
        'report-dir': reports.dir,
        'excel-report': reports.excel,
        'ai-report': reports.ai,
        'metrics-file': results.metricsFile,
        'junit-file': results.junitFile,
        'artifact-id': results.artifact?.id,
        'artifact-url': results.artifactLink
    };
    for (const [name, value] of Object.entries(outputs)) {
        if (value !== undefined)
            core.setOutput(name, String(value));
    }
}
function conclude(verdict, failOnBreach, log) {
    if (verdict.result === 'passed')
        log.info(`Result: ${verdict.reason}`);
    else if (verdict.result === 'error' || failOnBreach)
        core.setFailed(verdict.reason);
    else
        log.warning(`${verdict.reason} (fail-on-breach is false, so the step passes)`);
}
function publish_round(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/present/failure.ts
/** The job summary of a step that failed before it had a run to judge: what went wrong, what to do. */

const MAX_PROBLEMS = 20;
const MAX_PROBLEM_LENGTH = 1000;
function renderFailureSummary({ problems, advice }) {
    const listed = problems
        .slice(0, MAX_PROBLEMS)
        .map((problem) => escapeMarkdownCell(truncate(problem, MAX_PROBLEM_LENGTH)));
    const headline = listed.length === 1 ? listed[0] : `${problems.length} problems stopped the step`;
    const lines = [`## ⚠️ Error — ${headline}`];
    if (listed.length > 1)
        lines.push(listed.map((problem) => `- ${problem}`).join('\n'));
    lines.push(`**What to do:** ${escapeMarkdownCell(advice)}`);
    return lines.join('\n\n');
}

;// CONCATENATED MODULE: ./src/github/failure.ts





/**
 * A step that failed before it could judge a run still sets `result: error` (so
 * `if: steps.<id>.outputs.result == 'error'` fires) and leaves a short summary saying what to do.
 */
async function publishFailure(message, error) {
    core.setOutput('result', 'error');
    const problems = error instanceof InputError ? error.problems : [message];
    await writeSummary(renderFailureSummary({ problems, advice: adviceFor(error) }));
}
function adviceFor(error) {
    if (error instanceof InputError) {
        return 'Correct the inputs named above in the workflow file and run it again. No run was started.';
    }
    if (error instanceof PlanError) {
        return 'Check the timeline and data item inputs against the Leapwork Performance portal (the closest names are listed above). No run was started.';
    }
    if (!(error instanceof LeapworkError)) {
        return 'Read the log of this step for the details, and run the workflow again.';
    }
    switch (error.kind) {
        case 'unauthorized':
        case 'forbidden':
            return 'Check the API key secret passed as "api-key" (Leapwork Performance > Profile > Integration API Keys): it may be wrong, expired, or lack access to this timeline.';
        case 'unreachable':
        case 'timeout':
        case 'server':
            return 'Check "base-url" and that the Leapwork Performance API is reachable from the runner, then run the workflow again.';
        case 'run-may-have-started':
            return 'Look for the run in the Leapwork Performance portal and stop it if it is running, then run the workflow again.';
        default:
            return 'Read the log of this step for the details; if the API answered something unexpected, run the workflow again.';
    }
}

;// CONCATENATED MODULE: ./src/main.ts
























async function runMain() {
    let guard;
    try {
        const settings = await readSettings();
        const client = createClient(settings);
        const [plan] = await Promise.all([resolvePlan(client, settings), nextTurn().then(loadToolkit)]);
        const usage = estimateUsage(plan.timeline, settings);
        describePlan(plan, usage, settings.maxVum);
        if (settings.dryRun)
            return await finishDryRun(plan, usage, settings.maxVum);
        refuseOverBudget(usage, settings.maxVum);
        const startedAt = new Date();
        guard = guardAgainstCancel(settings, plan);
        const run = await startRun(client, plan, settings, guard, usage);
        if (isOverBudget(run, settings.maxVum)) {
            return stopOverBudget(client, run, { usage, maxVum: settings.maxVum }, guard);
        }
        if (!settings.wait)
            return reportStartedOnly(run);
        (0,reports_artifact/* preloadArtifactClient */.xB)();
        const end = await waitUntilEnded(client, run, plan, settings, guard);
        const reports = await downloadReports(client, run, end, settings);
        const metrics = summarizeRun(plan, run, end, startedAt);
        const metricsFile = await (0,metrics_file/* writeMetricsFile */.b)(reports.dir, metrics);
        const verdict = await judgeRun({
            ...settings,
            metrics,
            runProblem: end.problem,
            history: historyOnDisk((runs) => findBaselineRuns(settings, metrics, runs)),
            log: actionsLog
        });
        await publishResults({ settings, metrics, verdict, reports, metricsFile, log: actionsLog });
    }
    catch (error) {
        await loadToolkit();
        const message = main_describeFailure(error);
        core.setFailed(message);
        await publishFailure(message, error);
    }
    finally {
        guard?.dispose();
    }
}
/**
 * Resolves after one turn of the event loop, in which the first request's connection is made and
 * the request written: loading the toolkit blocks the thread for tens of milliseconds, so it must
 * not start first.
 */
function nextTurn() {
    return new Promise((resolve) => setImmediate(resolve));
}
function createClient(settings, options = {}) {
    return new LeapworkClient({
        baseUrl: settings.baseUrl,
        apiKey: settings.apiKey,
        log: actionsLog,
        userAgent: 'leapwork-performance-action',
        limits: stallWindowForTests(),
        ...options
    });
}
/** Starts the run; a start answer without an estimate keeps the plan's, and says so. */
async function startRun(client, plan, settings, guard, usage) {
    const started = await guard.watchStart(client.runIntegration(plan.request));
    if (settings.wait)
        runState.recordStarted(started.runId, started.pollResultUrl);
    for (const warning of started.warnings ?? [])
        actionsLog.warning(warning);
    const serverEstimated = started.estimatedVum > 0;
    const run = serverEstimated ? started : { ...started, estimatedVum: usage.vum };
    core.setOutput('run-id', run.runId);
    core.setOutput('status', run.status);
    if (serverEstimated || !usage.unknown)
        core.setOutput('estimated-vum', String(run.estimatedVum));
    actionsLog.info(`Started run ${run.runId} (${run.status}); estimated usage ${describeEstimate(run, serverEstimated, usage)}.`);
    return run;
}
function describeEstimate(run, serverEstimated, usage) {
    if (serverEstimated)
        return `${run.estimatedVum} VUM`;
    if (usage.unknown)
        return 'unknown (neither the server nor the timeline gave one)';
    return `${run.estimatedVum} VUM by the plan (the server gave no estimate)`;
}
function reportStartedOnly(run) {
    actionsLog.notice(`Run ${run.runId} was started and is not awaited (wait: false); it runs on in Leapwork Performance and this action will not stop it.`);
}
async function waitUntilEnded(client, run, plan, settings, guard) {
    const timeoutSeconds = settings.timeoutSeconds ?? (run.plannedRunTime || plan.timeline.plannedRunTime) + 300;
    actionsLog.info(`Waiting up to ${timeoutSeconds} s, polling every ${settings.pollIntervalSeconds} s.`);
    const outcome = await waitForRun(client, run, {
        pollIntervalSeconds: settings.pollIntervalSeconds,
        timeoutSeconds,
        log: actionsLog
    });
    if (outcome.kind === 'ended') {
        guard.markEnded();
        runState.recordEnded();
        actionsLog.info(`Run ${run.runId} ended: ${outcome.result.status} after ${outcome.polls} polls.`);
        return { status: outcome.result.status, result: outcome.result, finishedAt: new Date() };
    }
    const reason = outcome.kind === 'timed-out'
        ? `The run did not end within the timeout of ${timeoutSeconds} s (last status ${outcome.lastStatus})`
        : `Polling the run's status failed ${MAX_FAILED_POLLS} times in a row (${errorMessage(outcome.error)})`;
    actionsLog.info(`${reason}: stopping run ${run.runId}.`);
    const stop = await stopRun(client, run, actionsLog, { finalPolls: 3 });
    if (stop.stopped) {
        guard.markEnded();
        runState.recordEnded();
    }
    const consequence = stop.stopped
        ? `run ${run.runId} was stopped`
        : `stopping run ${run.runId} failed; stop it in the Leapwork Performance portal`;
    return {
        status: stop.final?.status ?? (stop.stopped ? 'Stopped' : outcome.lastStatus),
        result: stop.final,
        problem: `${reason}; ${consequence}.`,
        finishedAt: new Date()
    };
}
/** Tests shorten the 30 s download stall window; no input, since 30 s suits every real server. */
function stallWindowForTests() {
    const stallWindowMs = Number(process.env.LEAPWORK_TEST_STALL_WINDOW_MS);
    return stallWindowMs > 0 ? { stallWindowMs } : {};
}
/** On a cancel, stops the run being started or under way before the runner kills the process. */
function guardAgainstCancel(settings, plan) {
    return new RunGuard({
        stop: (run, timeLeftMs) => stopOnCancel(settings, run, timeLeftMs),
        startPending: () => runState.recordStartPending(describeTimeline(plan)),
        exit: (message) => {
            core.setFailed(message);
            core.setOutput('result', 'error');
            process.exit(1);
        }
    });
}
async function stopOnCancel(settings, run, timeLeftMs) {
    const client = createClient(settings, {
        requestTimeoutMs: Math.min(2500, timeLeftMs),
        retry: { attempts: timeLeftMs > 5500 ? 2 : 1, maxDelayMs: 500 }
    });
    const { stopped } = await stopRun(client, run, actionsLog);
    if (stopped)
        runState.recordEnded();
    return stopped;
}
async function downloadReports(client, run, end, settings) {
    const dir = settings.reportDir
        ? (0,external_node_path_.resolve)(settings.reportDir)
        : (0,safe_name/* pathUnder */.y)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance'), (0,safe_name/* safeName */.j)(run.runId));
    if (!end.result)
        return (0,download/* fetchReports */.eF)(client, { status: end.status }, reportOptions(run, dir));
    return (0,download/* fetchReports */.eF)(client, end.result, {
        ...reportOptions(run, dir),
        aiRetryDelayMs: settings.pollIntervalSeconds * 1000
    });
}
function reportOptions(run, dir) {
    return {
        runId: run.runId,
        trackItemIds: run.trackItems.map((item) => item.trackItemId),
        dir,
        log: actionsLog
    };
}
function summarizeRun(plan, run, end, startedAt) {
    const trackItemTitles = Object.fromEntries(plan.timeline.timeline.trackItems.map((item) => [
        item.id,
        { title: item.title, region: item.region }
    ]));
    for (const item of run.trackItems) {
        trackItemTitles[item.trackItemId] ??= { title: item.sequenceName, region: item.region };
    }
    return (0,figures/* buildRunMetrics */.D9)({
        runId: run.runId,
        timelineId: run.timelineId || plan.timelineAssetId || plan.timelineTitle,
        timelineTitle: plan.timelineTitle,
        projectId: plan.timeline.projectId,
        status: end.status,
        startedAt,
        finishedAt: end.finishedAt,
        plannedRunTime: run.plannedRunTime || plan.timeline.plannedRunTime,
        estimatedVum: run.estimatedVum,
        trackItemTitles,
        metadata: end.result?.metadata ?? [],
        source: runSource(),
        load: (0,load/* runLoadOf */.d)(plan.request, plan.timeline.timeline.trackItems)
    });
}
async function findBaselineRuns(settings, metrics, runs) {
    const { findAutoBaseline } = await __nccwpck_require__.e(/* import() */ 222).then(__nccwpck_require__.bind(__nccwpck_require__, 18222));
    return findAutoBaseline({
        token: settings.githubToken ?? '',
        timelineId: metrics.timelineId,
        load: metrics.load,
        runs,
        log: actionsLog,
        downloadDir: (0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'leapwork-performance-baselines')
    });
}
function describeTimeline(plan) {
    return plan.timelineAssetId
        ? `'${plan.timelineTitle}' (${plan.timelineAssetId})`
        : `'${plan.timelineTitle}'`;
}
function main_describeFailure(error) {
    if (error instanceof InputError) {
        if (error.problems.length > 1)
            for (const problem of error.problems)
                actionsLog.error(problem);
        return error.message;
    }
    return errorMessage(error);
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 43242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Bd: () => (/* binding */ allSteps),
  D9: () => (/* binding */ buildRunMetrics),
  zi: () => (/* binding */ errorRate),
  II: () => (/* binding */ parseRunMetrics)
});

// UNUSED EXPORTS: runTotals

;// CONCATENATED MODULE: ./src/metrics/model.ts
/**
 * The shape of metrics.json: the figures of one run, written beside the reports and read back by a
 * later run as its baseline. Bump METRICS_VERSION on any change that an older reader would misread.
 */
const METRICS_SCHEMA = 'leapwork-performance-metrics';
const METRICS_VERSION = 1;
/** The numeric figures of a step, in the order a table shows them. */
const STEP_FIGURE_NAMES = [
    'requests',
    'errors',
    'errorRate',
    'min',
    'average',
    'median',
    'p90',
    'p95',
    'p99',
    'max',
    'bytesSent',
    'bytesReceived'
];

;// CONCATENATED MODULE: ./src/metrics/figures.ts

/**
 * Turns the terminal status answer into the metrics.json model. Track items named in
 * trackItemTitles but absent from the metadata are kept with no steps, so that a track item which
 * produced no figures still shows (and counts as zero requests).
 */
function buildRunMetrics(input) {
    const trackItems = trackItemFigures(input.metadata, input.trackItemTitles);
    return {
        schema: METRICS_SCHEMA,
        version: METRICS_VERSION,
        runId: input.runId,
        timelineId: input.timelineId,
        timelineTitle: input.timelineTitle,
        ...(input.projectId === undefined ? {} : { projectId: input.projectId }),
        status: input.status,
        startedAt: input.startedAt.toISOString(),
        finishedAt: input.finishedAt.toISOString(),
        durationSeconds: Math.max(0, (input.finishedAt.getTime() - input.startedAt.getTime()) / 1000),
        plannedRunTime: input.plannedRunTime,
        estimatedVum: input.estimatedVum,
        ...(input.source === undefined ? {} : { source: input.source }),
        ...(input.load === undefined ? {} : { load: input.load }),
        totals: runTotals(trackItems),
        trackItems
    };
}
/** Percent of requests that errored; 0 when nothing was sent. */
function errorRate(errors, requests) {
    return requests > 0 ? (errors * 100) / requests : 0;
}
function runTotals(trackItems) {
    let requests = 0;
    let errors = 0;
    let worst;
    for (const trackItem of trackItems) {
        for (const step of trackItem.steps) {
            requests += step.requests;
            errors += step.errors;
            if (worst === undefined || step.p95 > worst.step.p95)
                worst = { trackItem, step };
        }
    }
    return {
        requests,
        errors,
        errorRate: errorRate(errors, requests),
        worstP95: worst?.step.p95 ?? 0,
        ...(worst === undefined
            ? {}
            : {
                worstP95Step: {
                    trackItemId: worst.trackItem.trackItemId,
                    stepId: worst.step.stepId,
                    title: worst.step.title
                }
            })
    };
}
function allSteps(metrics) {
    return metrics.trackItems.flatMap((trackItem) => trackItem.steps.map((step) => ({ trackItem, step })));
}
function trackItemFigures(metadata, titles) {
    const byId = new Map();
    const ensure = (trackItemId) => {
        let figures = byId.get(trackItemId);
        if (figures === undefined) {
            const named = Object.hasOwn(titles, trackItemId) ? titles[trackItemId] : undefined;
            figures = { trackItemId, title: named?.title ?? trackItemId, steps: [] };
            if (named?.region !== undefined)
                figures.region = named.region;
            byId.set(trackItemId, figures);
        }
        return figures;
    };
    for (const item of metadata) {
        const figures = ensure(item.trackItemId);
        for (const metric of item.metadata)
            figures.steps.push(stepFigures(metric));
    }
    for (const trackItemId of Object.keys(titles))
        ensure(trackItemId);
    return [...byId.values()];
}
function stepFigures(metric) {
    const requests = figure(metric.requestsSent);
    const errors = figure(metric.errors);
    return {
        stepId: metric.stepId,
        title: metric.title,
        requests,
        errors,
        errorRate: errorRate(errors, requests),
        min: figure(metric.min),
        average: figure(metric.average),
        median: figure(metric.median),
        p90: figure(metric.p90),
        p95: figure(metric.p95),
        p99: figure(metric.p99),
        max: figure(metric.max),
        bytesSent: figure(metric.totalBodyBytesSent),
        bytesReceived: figure(metric.totalBytesReceived)
    };
}
/** A figure the server left out counts as 0 rather than poisoning totals with NaN. */
function figure(value) {
    return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
/** Parses a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
function parseRunMetrics(text, path) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`Metrics file ${path} is not valid JSON: ${error.message}`);
    }
    const problem = metricsProblem(data);
    if (problem !== undefined)
        throw new Error(`Metrics file ${path} ${problem}`);
    return data;
}
function metricsProblem(data) {
    if (!isRecord(data))
        return 'does not hold a JSON object';
    if (data.schema !== METRICS_SCHEMA) {
        return `is not a Leapwork Performance metrics file: schema is ${JSON.stringify(data.schema)}, expected "${METRICS_SCHEMA}"`;
    }
    if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
        return `has an invalid version ${JSON.stringify(data.version)}`;
    }
    if (data.version > METRICS_VERSION) {
        return `has version ${data.version}, newer than this action reads (${METRICS_VERSION}); update the action`;
    }
    const problem = headerProblem(data) ?? trackItemsProblem(data.trackItems);
    return problem === undefined ? undefined : `is malformed: ${problem}`;
}
function headerProblem(data) {
    for (const field of ['runId', 'timelineId', 'status', 'startedAt', 'finishedAt']) {
        if (typeof data[field] !== 'string')
            return `${field} is not a string`;
    }
    if (!isRecord(data.totals))
        return 'totals is missing';
    for (const field of ['requests', 'errors', 'errorRate', 'worstP95']) {
        if (!isFiniteNumber(data.totals[field]))
            return `totals.${field} is not a number`;
    }
    return undefined;
}
function trackItemsProblem(trackItems) {
    if (!Array.isArray(trackItems))
        return 'trackItems is not a list';
    for (const [i, trackItem] of trackItems.entries()) {
        const where = `trackItems[${i}]`;
        if (!isRecord(trackItem))
            return `${where} is not an object`;
        if (typeof trackItem.trackItemId !== 'string')
            return `${where}.trackItemId is not a string`;
        if (typeof trackItem.title !== 'string')
            return `${where}.title is not a string`;
        if (!Array.isArray(trackItem.steps))
            return `${where}.steps is not a list`;
        for (const [j, step] of trackItem.steps.entries()) {
            const problem = stepProblem(step, `${where}.steps[${j}]`);
            if (problem !== undefined)
                return problem;
        }
    }
    return undefined;
}
function stepProblem(step, where) {
    if (!isRecord(step))
        return `${where} is not an object`;
    if (typeof step.stepId !== 'string')
        return `${where}.stepId is not a string`;
    if (typeof step.title !== 'string')
        return `${where}.title is not a string`;
    const bad = STEP_FIGURE_NAMES.find((field) => !isFiniteNumber(step[field]));
    return bad === undefined ? undefined : `${where}.${bad} is not a number`;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isFiniteNumber(value) {
    return typeof value === 'number' && Number.isFinite(value);
}


/***/ }),

/***/ 79341:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runLoadOf),
/* harmony export */   h: () => (/* binding */ sameLoad)
/* harmony export */ });
/**
 * Each track item's data item, roles and virtual users: the `track-items` override, else the
 * run-wide `data-item-*`, `role` and `user-count`, else (users only) the timeline's peak load.
 */
function runLoadOf(request, trackItems) {
    return {
        ...(request.dataItemAssetId === undefined ? {} : { dataItemId: request.dataItemAssetId }),
        ...(request.role === undefined ? {} : { role: request.role }),
        trackItems: trackItems.map((item) => {
            const override = request.trackItems?.[item.id];
            const dataItemId = override?.dataItemAssetId ?? request.dataItemAssetId;
            const roles = override?.selectedRoles ?? (request.role ? [request.role] : undefined);
            const virtualUsers = override?.userCount ?? request.userCount ?? peakLoad(item);
            return {
                trackItemId: item.id,
                ...(dataItemId === undefined ? {} : { dataItemId }),
                ...(roles === undefined ? {} : { roles: [...roles].sort() }),
                ...(virtualUsers === undefined ? {} : { virtualUsers })
            };
        })
    };
}
function peakLoad(item) {
    const loads = (item.load ?? []).map((point) => point.load).filter(Number.isFinite);
    return loads.length === 0 ? undefined : Math.max(...loads);
}
/**
 * Whether two runs ran the same load. A run recorded before loads were (metrics.json without
 * `load`) is taken to match: there is nothing to tell it apart by.
 */
function sameLoad(a, b) {
    if (a === undefined || b === undefined)
        return true;
    return canonical(a) === canonical(b);
}
function canonical(load) {
    const trackItems = [...load.trackItems]
        .sort((x, y) => (x.trackItemId < y.trackItemId ? -1 : x.trackItemId > y.trackItemId ? 1 : 0))
        .map((item) => [
        item.trackItemId,
        item.dataItemId ?? null,
        item.roles ?? null,
        item.virtualUsers ?? null
    ]);
    return JSON.stringify([load.dataItemId ?? null, load.role ?? null, trackItems]);
}


/***/ }),

/***/ 97985:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Vb: () => (/* binding */ defaultArtifactName),
/* harmony export */   qw: () => (/* binding */ uploadReportArtifact),
/* harmony export */   wz: () => (/* binding */ artifactNamePrefix),
/* harmony export */   xB: () => (/* binding */ preloadArtifactClient)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _github_ghes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(95616);
/* harmony import */ var _safe_name_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(55188);



/**
 * Artifact names carry the timeline, so `baseline: auto` can find earlier runs of the same
 * timeline by prefix, the leg's `name` when given, and the run ID, so matrix jobs and reruns never
 * collide.
 */
function artifactNamePrefix(timelineId) {
    return `leapwork-performance-${safeNamePart(timelineId)}-`;
}
function defaultArtifactName(timelineId, runId, name) {
    const leg = name ? `${safeNamePart(name)}-` : '';
    return `${artifactNamePrefix(timelineId)}${leg}${(0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .safeName */ .j)(runId)}`;
}
/**
 * Readable and stable, unlike safeName's hashed form: earlier runs' artifacts are found by this
 * prefix, so the timeline's part must read the same as in the artifacts of earlier versions.
 */
function safeNamePart(text) {
    return text.replace(/[^A-Za-z0-9._-]/g, '_');
}
/**
 * Starts loading the artifact client while the run is under way: it is the largest part of the
 * bundle, and loading it during the wait keeps it out of the time between the run's end and exit.
 */
function preloadArtifactClient() {
    if (process.env.ACTIONS_RUNTIME_TOKEN && !(0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubEnterpriseServer */ .uT)()) {
        Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779), __nccwpck_require__.e(351), __nccwpck_require__.e(659), __nccwpck_require__.e(645)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9645)).catch(() => undefined);
    }
}
/** The Excel report is a zip itself; other archives and images are compressed already too. */
const COMPRESSED_FILE = /\.(xlsx|zip|gz|7z|png|jpe?g)$/i;
const STORED = 0;
/**
 * Zipping already-compressed bytes again gains nothing and takes seconds for a large Excel report,
 * so when such files are most of the bytes, the artifact stores every file as it is. Otherwise
 * (undefined) the library's default level compresses the text files.
 */
async function compressionLevel(files) {
    let compressed = 0;
    let total = 0;
    for (const file of files) {
        const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(file);
        total += size;
        if (COMPRESSED_FILE.test(file))
            compressed += size;
    }
    return compressed * 2 >= total && total > 0 ? STORED : undefined;
}
/**
 * Uploads the files the action wrote to the report directory as one artifact, and nothing else
 * that may lie there. The artifact client is loaded only here: it is the heaviest part of the
 * toolkit and most of the run never needs it.
 */
async function uploadReportArtifact(dir, written, name, retentionDays, log) {
    if (!process.env.ACTIONS_RUNTIME_TOKEN) {
        log.notice(`Not running in GitHub Actions: the reports were not uploaded and stay in ${dir}.`);
        return undefined;
    }
    if ((0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .isGitHubEnterpriseServer */ .uT)()) {
        log.notice((0,_github_ghes_js__WEBPACK_IMPORTED_MODULE_1__/* .ghesUploadNotice */ .xL)(dir, name));
        return undefined;
    }
    const files = [...new Set(written)].map((file) => (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(dir, file));
    try {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(119), __nccwpck_require__.e(779), __nccwpck_require__.e(351), __nccwpck_require__.e(659), __nccwpck_require__.e(645)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9645));
        const { id, size } = await new DefaultArtifactClient().uploadArtifact(name, files, dir, {
            retentionDays,
            compressionLevel: await compressionLevel(files)
        });
        log.info(`Uploaded artifact "${name}" (${size ?? 0} bytes, ID ${id})`);
        return { id: String(id), name, size: size ?? 0 };
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const hint = /409|conflict|already exists/i.test(reason)
            ? ' An artifact of that name already exists in this workflow run: give each job its own "artifact-name".'
            : '';
        log.warning(`The reports could not be uploaded as artifact "${name}": ${reason}.${hint} They stay in ${dir}.`);
        return undefined;
    }
}


/***/ }),

/***/ 995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JL: () => (/* binding */ REPORT_FILES),
/* harmony export */   eF: () => (/* binding */ fetchReports)
/* harmony export */ });
/* unused harmony export splitAiSections */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(58500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _safe_name_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(55188);



const REPORT_FILES = {
    excel: 'run-report.xlsx',
    ai: 'ai-analysis.txt',
    aiTrackItem: (trackItemId) => `ai-analysis-${(0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .safeName */ .j)(trackItemId)}.txt`,
    metrics: 'metrics.json',
    junit: 'junit.xml'
};
const NOT_READY = /not (yet )?(ready|available)|getAiAnalysis/i;
const REPORT_PHASE_BUDGET_MS = 10 * 60 * 1000;
const MAX_LISTED_ITEMS = 10;
/**
 * Downloads what the terminal status offers within the report phase's time budget; a report that
 * cannot be had is a warning, not a failure.
 */
async function fetchReports(client, result, options) {
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdir)(options.dir, { recursive: true });
    const reports = {
        dir: options.dir,
        aiTrackItems: {},
        problems: [...(result.warnings ?? [])],
        files: []
    };
    const budgetMs = options.budgetMs ?? REPORT_PHASE_BUDGET_MS;
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(new Error(`the reports took longer than ${budgetMs / 1000} s in all`)), budgetMs);
    const phase = { ...options, signal: budget.signal };
    try {
        await fetchExcel(client, result, reports, phase);
        await fetchAi(client, result, reports, phase);
    }
    finally {
        clearTimeout(timer);
    }
    for (const problem of reports.problems)
        options.log.warning(problem);
    return reports;
}
async function fetchExcel(client, result, reports, options) {
    if (!result.excelReportUrl)
        return;
    const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.excel);
    await attempt(reports, 'The Excel run report', async () => {
        const { bytes } = await client.downloadRunReport(result.excelReportUrl, path, options);
        options.log.info(`Excel run report: ${path} (${bytes} bytes)`);
        reports.excel = path;
        reports.files.push(path);
    });
}
async function fetchAi(client, result, reports, options) {
    if (!result.aiAnalysisReportUrl)
        return;
    const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.ai);
    await attempt(reports, 'The AI analysis report', async () => {
        await client.downloadAiAnalysisReport(result.aiAnalysisReportUrl, path, options);
        reports.ai = path;
        reports.files.push(path);
        options.log.info(`AI analysis: ${path}`);
        reports.aiText = await completeAiAnalysis(client, reports, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8'), options);
    });
}
async function completeAiAnalysis(client, reports, combined, options) {
    const sections = splitAiSections(combined);
    const isLate = (id) => !sections.has(id) || NOT_READY.test(sections.get(id).body);
    const late = await fetchLateAnalyses(client, options.trackItemIds.filter(isLate), options);
    const missing = [...late.keys()].filter((id) => late.get(id) === undefined);
    if (missing.length > 0)
        reports.problems.push(lateProblem(missing, options));
    let text = combined.trimEnd();
    for (const [trackItemId, analysis] of late) {
        if (analysis === undefined)
            continue;
        const path = (0,_safe_name_js__WEBPACK_IMPORTED_MODULE_2__/* .pathUnder */ .y)(options.dir, REPORT_FILES.aiTrackItem(trackItemId));
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, analysis);
        reports.aiTrackItems[trackItemId] = path;
        reports.files.push(path);
        options.log.info(`AI analysis of track item ${trackItemId}, which was not ready at first: ${path}`);
        const placeholder = sections.get(trackItemId)?.text;
        text = placeholder
            ? text.replace(placeholder.trimEnd(), () => analysis.trimEnd())
            : `${text}\n\n${analysis.trimEnd()}`;
    }
    return text;
}
function lateProblem(trackItemIds, { aiTries = 3, signal }) {
    const shown = trackItemIds.slice(0, MAX_LISTED_ITEMS).join(', ');
    const more = trackItemIds.length - MAX_LISTED_ITEMS;
    const items = `track item${trackItemIds.length > 1 ? 's' : ''} ${shown}${more > 0 ? ` and ${more} more` : ''}`;
    if (signal.aborted) {
        return `The AI analysis of ${items} was not fetched: ${errorMessage(signal.reason)}.`;
    }
    return `The AI analysis of ${items} was not ready after ${aiTries} tries.`;
}
/**
 * Asks for each late analysis in rounds: every round asks each item still missing once, and the
 * wait comes between rounds, so a hundred late items cost a few waits in all, not one each. The
 * report phase's budget ends the rounds early.
 */
async function fetchLateAnalyses(client, trackItemIds, { runId, aiTries = 3, aiRetryDelayMs = 5000, log, signal }) {
    const analyses = new Map(trackItemIds.map((id) => [id, undefined]));
    for (let round = 1; round <= aiTries && !signal.aborted; round++) {
        const missing = trackItemIds.filter((id) => analyses.get(id) === undefined);
        for (const trackItemId of missing) {
            if (signal.aborted)
                break;
            const text = await client
                .getAiAnalysis(runId, trackItemId, { signal })
                .catch((error) => {
                log.debug(`getAiAnalysis ${trackItemId}, round ${round}: ${String(error)}`);
                return undefined;
            });
            if (text && !NOT_READY.test(text))
                analyses.set(trackItemId, text);
        }
        const stillMissing = [...analyses.values()].includes(undefined);
        if (!stillMissing || round === aiTries)
            break;
        await (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_1__.setTimeout)(aiRetryDelayMs, undefined, { signal }).catch(() => undefined);
    }
    return analyses;
}
/** The combined report holds one "=== AI Analysis for: <trackItemId> ===" section per track item. */
function splitAiSections(text) {
    const sections = new Map();
    const matches = [...text.matchAll(/^=== AI Analysis for: (.+?) ===$/gm)];
    matches.forEach((match, index) => {
        const end = index + 1 < matches.length ? matches[index + 1].index : text.length;
        sections.set(match[1].trim(), {
            text: text.slice(match.index, end),
            body: text.slice(match.index + match[0].length, end)
        });
    });
    return sections;
}
async function attempt(reports, what, work) {
    try {
        await work();
    }
    catch (error) {
        reports.problems.push(`${what} could not be downloaded: ${errorMessage(error)}`);
    }
}
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 49465:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ readMetricsFile),
/* harmony export */   b: () => (/* binding */ writeMetricsFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _metrics_figures_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(43242);
/* harmony import */ var _download_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(995);




async function writeMetricsFile(dir, metrics) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, _download_js__WEBPACK_IMPORTED_MODULE_2__/* .REPORT_FILES */ .JL.metrics);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(path, JSON.stringify(metrics, null, 2) + '\n');
    return path;
}
/** Reads a metrics.json written by this action, e.g. a baseline, and checks that it can be trusted. */
async function readMetricsFile(path) {
    return (0,_metrics_figures_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRunMetrics */ .II)(await readText(path), path);
}
async function readText(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT')
            throw new Error(`Metrics file ${path} does not exist`);
        throw new Error(`Metrics file ${path} cannot be read: ${error.message}`);
    }
}


/***/ }),

/***/ 55188:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ safeName),
/* harmony export */   y: () => (/* binding */ pathUnder)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** What a server-supplied identifier may look like to be used as is in a file or artifact name. */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*$/;
const MAX_SAFE_LENGTH = 64;
const READABLE_PART_LENGTH = 40;
/**
 * A name for a server-supplied identifier that is safe in a path and an artifact name. A safe
 * identifier is used as is; anything else keeps its harmless characters and gets a hash of the
 * whole identifier, so two identifiers never share a name and `..` or `/` never reach a path.
 */
function safeName(identifier) {
    if (identifier.length <= MAX_SAFE_LENGTH && SAFE_NAME.test(identifier))
        return identifier;
    const readable = identifier
        .replace(/[^A-Za-z0-9_-]+/g, '_')
        .replace(/^_+|_+$/g, '')
        .slice(0, READABLE_PART_LENGTH);
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(identifier).digest('hex').slice(0, 12);
    return readable ? `${readable}-${hash}` : `id-${hash}`;
}
/** `base/name`, refused unless it lies strictly inside `base`. */
function pathUnder(base, name) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base, name);
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(base), path);
    if (inside === '' || inside === '..' || inside.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_1__.sep}`) || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(inside)) {
        throw new Error(`Refusing to write ${JSON.stringify(name)} outside ${base}`);
    }
    return path;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 73339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 19783:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ getProxyUrl)
/* harmony export */ });
/* unused harmony export checkBypass */
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(79407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
