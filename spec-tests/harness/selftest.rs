//! Unit tests of the harness's own parsing (the `spec` target has
//! `harness = false`, so its `#[test]` functions would never run there).

#[allow(dead_code)]
mod expect;
#[allow(dead_code)]
mod outcome;
#[allow(dead_code)]
mod traceback;

mod expect_tests {
    use super::expect::*;

    #[test]
    fn skips_hashes_in_strings() {
        let src = "print('# expect: no')  # expect: a\nx = '''\n# expect: no\n'''\nprint(\"#\")  # expect: #\n";
        let e = parse(src).unwrap();
        assert_eq!(e.outcome.stdout, vec!["a", "#"]);
    }

    #[test]
    fn raises_forms() {
        let e = parse("1/0  # raises: ZeroDivisionError: division by zero\n").unwrap();
        let x = e.outcome.exception.unwrap();
        assert_eq!((x.line, x.type_name.as_str(), x.message.as_str()), (1, "ZeroDivisionError", "division by zero"));
        let e = parse("\nraise ValueError  # raises: ValueError\n").unwrap();
        let x = e.outcome.exception.unwrap();
        assert_eq!((x.line, x.message.as_str()), (2, ""));
    }

    #[test]
    fn rejects_typos_and_empty_cases() {
        assert!(parse("print(1)  # expects: 1\n").is_err());
        assert!(parse("print(1)\n").is_err());
        assert!(parse("print(1)  # expect: 1\n# lython-only: x\n").is_err());
        let e = parse("# lython-only: why\nprint(1)  # expect: 1\n").unwrap();
        assert_eq!(e.lython_only.as_deref(), Some("why"));
    }
}

mod outcome_tests {
    use super::outcome::*;

    #[test]
    fn lines() {
        assert_eq!(stdout_lines(""), Vec::<String>::new());
        assert_eq!(stdout_lines("a\n"), vec!["a"]);
        assert_eq!(stdout_lines("a\n\nb"), vec!["a", "", "b"]);
    }
}

mod traceback_tests {
    use super::traceback::*;
    use std::path::Path;

    fn case() -> &'static Path {
        Path::new("/no/such/dir/case.py")
    }

    #[test]
    fn runtime_error() {
        let stderr = "Traceback (most recent call last):\n  File \"/no/such/dir/case.py\", line 9, in <module>\n    g()\n  File \"/no/such/dir/case.py\", line 4, in g\n    1/0\n    ~^~\nZeroDivisionError: division by zero\n";
        let e = parse(stderr, case()).unwrap();
        assert_eq!((e.line, e.type_name.as_str(), e.message.as_str()), (4, "ZeroDivisionError", "division by zero"));
    }

    #[test]
    fn innermost_frame_of_the_case_file_and_bare_type() {
        let stderr = "Traceback (most recent call last):\n  File \"/no/such/dir/case.py\", line 2, in <module>\n    f()\n  File \"/lib/other.py\", line 7, in f\n    raise ValueError\nValueError\n";
        let e = parse(stderr, case()).unwrap();
        assert_eq!((e.line, e.type_name.as_str(), e.message.as_str()), (2, "ValueError", ""));
    }

    #[test]
    fn syntax_error_and_multiline_message() {
        let stderr = "  File \"/no/such/dir/case.py\", line 3\n    if x\n        ^\nSyntaxError: expected ':'\n";
        let e = parse(stderr, case()).unwrap();
        assert_eq!((e.line, e.type_name.as_str(), e.message.as_str()), (3, "SyntaxError", "expected ':'"));
        let stderr = "Traceback (most recent call last):\n  File \"/no/such/dir/case.py\", line 1, in <module>\n    raise E('a\\nb')\nE: a\nb\n";
        assert_eq!(parse(stderr, case()).unwrap().message, "a\nb");
    }

    #[test]
    fn exception_group_in_boxes() {
        let stderr = "ValueError: 0\n\nDuring handling of the above exception, another exception occurred:\n\n  + Exception Group Traceback (most recent call last):\n  |   File \"/no/such/dir/case.py\", line 5, in <module>\n  |     f()\n  |   File \"/no/such/dir/case.py\", line 2, in f\n  |     f()\n  |   File \"/no/such/dir/case.py\", line 2, in f\n  |     f()\n  [Previous line repeated 2 more times]\n  | ExceptionGroup: eg (1 sub-exception)\n  | a note\n  +-+---------------- 1 ----------------\n    | Traceback (most recent call last):\n    |   File \"/no/such/dir/case.py\", line 9, in g\n    | KeyError: 1\n    +------------------------------------\n";
        let e = parse(stderr, case()).unwrap();
        assert_eq!((e.line, e.type_name.as_str(), e.message.as_str()), (2, "ExceptionGroup", "eg (1 sub-exception)\na note"));
        let after = stderr.to_string() + "\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/no/such/dir/case.py\", line 7, in <module>\nOSError: x\n";
        let e = parse(&after, case()).unwrap();
        assert_eq!((e.line, e.type_name.as_str(), e.message.as_str()), (7, "OSError", "x"));
    }

    #[test]
    fn no_frame_in_case_is_an_error() {
        let stderr = "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyError: 1\n";
        assert!(parse(stderr, case()).is_err());
    }
}
