package dev.timelineexplorer.io;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems as a person reads them, in English or Korean. The readers word their messages in plain English, which
 * stays the language of the command line and of scripts that read it; for Korean, each kind of message is recognised
 * by its wording and said again in Korean, with the values it quotes (a date, a code, a field's name) kept as they are
 * and the phrases it nests (the reason a date is not a date) said in Korean too. A message of a kind not known here
 * stays in English rather than be lost.
 */
public final class ProblemMessages {
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    /** One kind of message: its English wording and how Korean says it. */
    private record Rule(Pattern english, Function<Matcher, String> korean) {}

    private static Rule rule(String regex, Function<Matcher, String> korean) {
        return new Rule(Pattern.compile(regex), korean);
    }

    /** Tried in order: a message that nests another (a reason, a quoted cause) comes before what it nests. */
    private static final List<Rule> RULES = List.of(
            rule("ignored media: (.+)", m -> "미디어를 무시했습니다: " + korean(m.group(1))),
            rule("(.+) is not a date \\((.+)\\)", m -> m.group(1) + "은(는) 날짜가 아닙니다(" + korean(m.group(2)) + ")"),
            rule("month must be 1-12", m -> "월은 1~12여야 합니다"),
            rule("day must be 1-(\\d+) in (.+)", m -> date(m.group(2)) + "의 일은 1~" + m.group(1) + "이어야 합니다"),
            rule("day must be 1-(\\d+)", m -> "일은 1~" + m.group(1) + "이어야 합니다"),
            rule("a day needs a month", m -> "일을 쓰려면 월도 있어야 합니다"),
            rule(
                    "year must be between (-?\\d+) and (-?\\d+)",
                    m -> "연도는 " + m.group(1) + "부터 " + m.group(2) + "까지여야 합니다"),
            rule(
                    "expected YYYY, YYYY-MM or YYYY-MM-DD \\(with a leading - for years BC\\)",
                    m -> "YYYY, YYYY-MM, YYYY-MM-DD 형식이어야 합니다(기원전 연도는 앞에 -를 붙입니다)"),
            rule("a date is required \\(YYYY, YYYY-MM or YYYY-MM-DD\\)", m -> "날짜가 있어야 합니다(YYYY, YYYY-MM, YYYY-MM-DD)"),
            rule(
                    "(.+) is not a valid code \\(1-16 letters, digits, '-' or '_'\\)",
                    m -> m.group(1) + "은(는) 올바른 코드가 아닙니다(영문자, 숫자, '-', '_'로 1~16자)"),
            rule(
                    "(.+) is not a region \\(use (.+)\\)",
                    m -> m.group(1) + "은(는) 지역이 아닙니다(" + m.group(2).replace(" or ", ", ") + " 가운데 하나)"),
            rule(
                    "(.+) is not a colour \\(use #RRGGBB, such as (.+)\\)",
                    m -> m.group(1) + "은(는) 색이 아닙니다(#RRGGBB 형식, 예: " + m.group(2) + ")"),
            rule(
                    "(.+) scale is not supported; years are read as calendar years \\((.+)\\)",
                    m -> m.group(1) + " 눈금은 지원하지 않습니다. 연도는 달력의 연도(" + m.group(2) + ")로 읽습니다"),
            rule("(.+) is not an http or https address", m -> m.group(1) + "은(는) http나 https 주소가 아닙니다"),
            rule(
                    "(.+) is not a kind \\(use (.+) or (.+)\\)",
                    m -> m.group(1) + "은(는) 종류가 아닙니다(" + m.group(2) + "나 " + m.group(3) + "을(를) 쓰세요)"),
            rule(
                    "(.+) is not a language tag \\(such as (.+) or (.+)\\)",
                    m -> m.group(1) + "은(는) 언어 태그가 아닙니다(예: " + m.group(2) + ", " + m.group(3) + ")"),
            rule("(\\S+) is not a month \\(must be 1-12\\)", m -> m.group(1) + "은(는) 월이 아닙니다(1~12)"),
            rule("(\\S+) is not a day \\((.+)\\)", m -> m.group(1) + "은(는) 일이 아닙니다(" + korean(m.group(2)) + ")"),
            rule(
                    "(\\S+) is not a longitude \\((-?\\d+) to (\\d+) degrees\\)",
                    m -> m.group(1) + "은(는) 경도가 아닙니다(" + m.group(2) + "~" + m.group(3) + "도)"),
            rule(
                    "(\\S+) is out of range \\(years from (\\d+) BC to (\\d+)\\)",
                    m -> m.group(1) + "은(는) 범위를 벗어났습니다(기원전 " + m.group(2) + "년부터 " + m.group(3) + "년까지)"),
            rule("NaN and Infinity are not JSON numbers", m -> "NaN과 Infinity는 JSON 숫자가 아닙니다"),
            rule(
                    "an object of languages must hold at least one, such as (.+)",
                    m -> "언어별 객체에는 언어가 하나 이상 있어야 합니다(예: " + m.group(1) + ")"),
            rule(
                    "an organization has no region \\(organizations are grouped apart\\)",
                    m -> "국제기구에는 지역이 없습니다(국제기구는 따로 묶습니다)"),
            rule("category (.+) is declared twice", m -> "분류 " + m.group(1) + "을(를) 두 번 선언했습니다"),
            rule("country (.+) is declared twice", m -> "나라 " + m.group(1) + "을(를) 두 번 선언했습니다"),
            rule(
                    "malformed CSV: a quoted cell has text after its closing quote",
                    m -> "CSV 형식 오류: 따옴표로 묶은 칸의 닫는 따옴표 뒤에 글자가 있습니다"),
            rule("malformed CSV: a quoted cell is never closed", m -> "CSV 형식 오류: 따옴표로 묶은 칸이 닫히지 않았습니다"),
            rule("malformed CSV: a row cannot be read", m -> "CSV 형식 오류: 행을 읽을 수 없습니다"),
            rule("unknown column \\(ignored\\)", m -> "알 수 없는 열(무시함)"),
            rule("the file is empty; a CSV dataset has a header row", m -> "파일이 비어 있습니다. CSV 데이터 세트에는 머리글 행이 있어야 합니다"),
            rule(
                    "not a known CSV: the header must name the columns of an events export \\(title, start, …\\) or of"
                            + " the TimelineJS template \\(Year, …, Headline, …\\)",
                    m -> "알 수 없는 CSV입니다. 머리글은 사건 내보내기의 열(title, start, …)이나 TimelineJS 서식의 열(Year, …,"
                            + " Headline, …)을 적어야 합니다"),
            rule(
                    "(.+) is not a valid address \\(the character (.+) at position (\\d+) cannot stand there\\)",
                    m -> m.group(1) + "은(는) 올바른 주소가 아닙니다(" + m.group(3) + "번째 글자 " + m.group(2)
                            + "이(가) 그 자리에 올 수 없습니다)"),
            rule(
                    "(.+) is not a valid address \\(it is not written as a web address is\\)",
                    m -> m.group(1) + "은(는) 올바른 주소가 아닙니다(웹 주소의 형식이 아닙니다)"),
            rule("relationship (.+) is declared twice", m -> "관계 " + m.group(1) + "을(를) 두 번 선언했습니다"),
            rule(
                    "(.+) is not a valid id \\(1-16 letters, digits, '-' or '_'\\)",
                    m -> m.group(1) + "은(는) 올바른 ID가 아닙니다(영문자, 숫자, '-', '_'로 1~16자)"),
            rule(
                    "unknown relationship (.+) \\(the dataset declares (.+)\\)",
                    m -> "알 수 없는 관계 " + m.group(1) + "(데이터 세트가 선언한 관계: " + m.group(2) + ")"),
            rule(
                    "unknown relationship (.+) \\(declare it in \"relationships\"\\)",
                    m -> "알 수 없는 관계 " + m.group(1) + "(\"relationships\"에 선언하세요)"),
            rule(
                    "give either \"relationship\" \\(one relationship, in words\\) or \"relationships\" \\(a list\\), not both",
                    m -> "\"relationship\"(관계 하나를 글로)와 \"relationships\"(목록) 가운데 하나만 쓰세요"),
            rule(
                    "category (.+) is not declared in \"categories\"; it is shown under its id",
                    m -> "분류 " + m.group(1) + "은(는) \"categories\"에 선언되지 않아 id로 보여 줍니다"),
            rule("comments are not allowed in JSON", m -> "JSON에는 주석을 쓸 수 없습니다"),
            rule(
                    "duplicate id (.+) \\(first used on line (\\d+)\\)",
                    m -> "id " + m.group(1) + "이(가) 중복됩니다(처음 쓴 곳: " + m.group(2) + "행)"),
            rule("duplicate key (.+) in the same object", m -> "한 객체 안에 키 " + m.group(1) + "이(가) 두 번 있습니다"),
            rule("duplicate key", m -> "키가 중복됩니다"),
            rule("expected (.+), found (.+)", m -> kind(m.group(1)) + " 값이어야 합니다(지금은 " + kind(m.group(2)) + ")"),
            rule("language (.+) is listed twice", m -> "언어 " + m.group(1) + "을(를) 두 번 적었습니다"),
            rule(
                    "language (.+) is not declared in \"languages\" (.*)",
                    m -> "언어 " + m.group(1) + "은(는) \"languages\" " + m.group(2) + "에 선언되지 않았습니다"),
            rule("(.+) is listed twice", m -> m.group(1) + "을(를) 두 번 적었습니다"),
            rule(
                    "malformed JSON: a text value contains an unescaped control character \\(write (.+)\\)",
                    m -> "JSON 형식 오류: 문자열에 이스케이프하지 않은 제어 문자가 있습니다(" + m.group(1) + "처럼 쓰세요)"),
            rule("malformed JSON: expected a comma between values", m -> "JSON 형식 오류: 값 사이에 쉼표가 있어야 합니다"),
            rule(
                    "malformed JSON: expected a quoted key \\((.+)\\); trailing commas and unquoted keys are not"
                            + " allowed",
                    m -> "JSON 형식 오류: 따옴표로 감싼 키(" + m.group(1) + ")가 있어야 합니다. 끝에 남은 쉼표나 따옴표 없는 키는 쓸 수" + " 없습니다"),
            rule(
                    "malformed JSON: unexpected character (\\(.+?\\)): expected a value",
                    m -> "JSON 형식 오류: 뜻밖의 문자 " + m.group(1) + ": 값이 있어야 합니다"),
            rule(
                    "malformed JSON: '(.)' where '(.)' should close what is open",
                    m -> "JSON 형식 오류: 열린 것을 닫을 '" + m.group(2) + "' 자리에 '" + m.group(1) + "'이(가) 있습니다"),
            rule(
                    "malformed JSON: '(.+)' is not a value \\(text in quotes, a number, true, false, null, an object or an"
                            + " array\\)",
                    m -> "JSON 형식 오류: '" + m.group(1)
                            + "'은(는) 값이 아닙니다(따옴표로 묶은 글, 숫자, true, false, null, 객체, 배열 가운데 하나여야 합니다)"),
            rule(
                    "malformed JSON: a number is not written as JSON writes numbers",
                    m -> "JSON 형식 오류: 숫자가 JSON 숫자 형식으로 쓰이지 않았습니다"),
            rule(
                    "malformed JSON: unexpected character '(.)' where a value should be",
                    m -> "JSON 형식 오류: 값이 와야 할 자리에 뜻밖의 문자 '" + m.group(1) + "'이(가) 있습니다"),
            rule(
                    "malformed JSON: an unexpected character where a value should be",
                    m -> "JSON 형식 오류: 값이 와야 할 자리에 뜻밖의 문자가 있습니다"),
            rule("malformed JSON: the text cannot be read as JSON here", m -> "JSON 형식 오류: 이 자리의 글을 JSON으로 읽을 수 없습니다"),
            rule("malformed JSON: (.+)", m -> "JSON 형식 오류: " + m.group(1)),
            rule("media without a (.+) \\(ignored\\)", m -> m.group(1) + "이(가) 없는 미디어(무시함)"),
            rule(
                    "missing required field (\"[^\"]+\") \\((.+)\\)",
                    m -> "꼭 있어야 하는 필드 " + m.group(1) + "이(가) 없습니다(" + kind(m.group(2)) + ")"),
            rule("missing required field (.+)", m -> "꼭 있어야 하는 필드 " + m.group(1) + "이(가) 없습니다"),
            rule("must name at least one language, such as (.+)", m -> "언어를 하나 이상 적어야 합니다(예: " + m.group(1) + ")"),
            rule("must not be empty", m -> "비어 있으면 안 됩니다"),
            rule(
                    "periods must be in time order without overlapping: this one starts \\((.+)\\) before the one"
                            + " above ends \\((.+)\\)",
                    m -> "기간은 겹치지 않게 시간순으로 적어야 합니다. 이 기간(" + date(m.group(1)) + " 시작)은 앞 기간이 끝나기 전에"
                            + " 시작합니다(" + (m.group(2).equals("it has no end") ? "앞 기간은 끝이 없음" : date(m.group(2)) + " 끝")
                            + ")"),
            rule(
                    "the JSON is nested too deeply \\(more than (\\d+) levels\\)",
                    m -> "JSON이 너무 깊이 중첩되었습니다(" + m.group(1) + "단계 초과)"),
            rule(
                    "the end \\((.+)\\) is before the start \\((.+)\\)",
                    m -> "끝(" + date(m.group(1)) + ")이 시작(" + date(m.group(2)) + ")보다 앞섭니다"),
            rule(
                    "the file ends too early: the JSON is incomplete \\(was it truncated\\?\\)",
                    m -> "파일이 너무 일찍 끝납니다. JSON이 완전하지 않습니다(잘렸나요?)"),
            rule(
                    "the file is empty; a dataset is a JSON object with an \"events\" array",
                    m -> "파일이 비어 있습니다. 데이터 세트는 \"events\" 배열이 있는 JSON 객체입니다"),
            rule("the time of day is ignored \\(dates are kept to the day\\)", m -> "시각은 무시합니다(날짜는 일 단위까지 씁니다)"),
            rule(
                    "the top level must be a JSON object with an \"events\" array, found (.+)",
                    m -> "최상위는 \"events\" 배열이 있는 JSON 객체여야 합니다(지금은 " + kind(m.group(1)) + ")"),
            rule("there is no year 0 \\(1 BC is -1, 1 AD is 1\\)", m -> "0년은 없습니다(기원전 1년은 -1, 서기 1년은 1)"),
            rule("unexpected content after the end of the JSON document", m -> "JSON 문서가 끝난 뒤에 다른 내용이 있습니다"),
            rule(
                    "unknown country code (.+) \\(declare it in \"countries\" or use an ISO 3166-1 alpha-2 code\\)",
                    m -> "알 수 없는 나라 코드 " + m.group(1) + "(\"countries\"에 선언하거나 ISO 3166-1 alpha-2 코드를 쓰세요)"),
            rule("unknown field \\(ignored\\)", m -> "알 수 없는 필드(무시함)"),
            rule(
                    "invalid UTF-8 bytes: the file must be saved as UTF-8",
                    m -> "올바르지 않은 UTF-8 바이트가 있습니다. 파일을 UTF-8로 저장해야 합니다"),
            rule("a text value is longer than (\\d+) characters", m -> "문자열이 " + m.group(1) + "자보다 깁니다"),
            rule("a number is too long", m -> "숫자가 너무 깁니다"),
            rule("a key is too long", m -> "키가 너무 깁니다"),
            rule("and (\\d+) more problems not listed", m -> "그 밖에 문제 " + m.group(1) + "개는 적지 않았습니다"));

    private ProblemMessages() {}

    /** A problem as {@code file:line:column: severity: path: message}, in a language (English or Korean). */
    public static String format(Problem problem, Locale language) {
        if (!isKorean(language)) {
            return problem.toString();
        }
        StringBuilder out = new StringBuilder(problem.source());
        if (problem.line() > 0) {
            out.append(':').append(problem.line()).append(':').append(Math.max(problem.column(), 1));
        }
        out.append(": ")
                .append(problem.severity() == Severity.ERROR ? "오류" : "경고")
                .append(": ");
        if (!problem.path().isEmpty()) {
            out.append(problem.path()).append(": ");
        }
        return out.append(korean(problem.message())).toString();
    }

    /** A message in a language: English as written, Korean by the rules above. */
    public static String message(Problem problem, Locale language) {
        return isKorean(language) ? korean(problem.message()) : problem.message();
    }

    private static boolean isKorean(Locale language) {
        return language != null && language.getLanguage().equals("ko");
    }

    /** An English message of a reader (a date's reason, say) in a language: Korean by the rules above. */
    public static String phrase(String english, Locale language) {
        return isKorean(language) ? korean(english) : english;
    }

    /** An English message, or a phrase of one, in Korean; as it is when no rule knows it. */
    static String korean(String english) {
        for (Rule rule : RULES) {
            Matcher m = rule.english().matcher(english);
            if (m.matches()) {
                return rule.korean().apply(m);
            }
        }
        return english;
    }

    /** A kind of JSON value ("a string", "an array") or what was found instead, in Korean; quoted values as they are. */
    private static String kind(String english) {
        return switch (english) {
            case "a string" -> "문자열";
            case "a number" -> "숫자";
            case "a whole number" -> "정수";
            case "an array" -> "배열";
            case "an object" -> "객체";
            case "true or false", "a boolean", "true", "false" -> "참/거짓";
            case "null" -> "null";
            case "a whole number or a string of digits" -> "정수나 숫자 문자열";
            default -> kindWithExample(english);
        };
    }

    private static String kindWithExample(String english) {
        Matcher m = Pattern.compile("a date string such as (.+)").matcher(english);
        if (m.matches()) {
            return m.group(1) + " 같은 날짜 문자열";
        }
        m = Pattern.compile("a date object such as (.+)").matcher(english);
        if (m.matches()) {
            return m.group(1) + " 같은 날짜 객체";
        }
        m = Pattern.compile("a string or an object of languages such as (.+)").matcher(english);
        if (m.matches()) {
            return "문자열이나 언어별 객체(예: " + m.group(1) + ")";
        }
        m = Pattern.compile("a date such as (.+)").matcher(english);
        if (m.matches()) {
            return m.group(1) + " 같은 날짜";
        }
        m = Pattern.compile("an object such as (.+)").matcher(english);
        if (m.matches()) {
            return m.group(1) + " 같은 객체";
        }
        m = Pattern.compile("an object with an? (.+)").matcher(english);
        if (m.matches()) {
            return m.group(1) + "이(가) 있는 객체";
        }
        return english;
    }

    /** A date as English displays it ("22 June 1965", "June 1965", "1965", "44 BC") as Korean writes it. */
    static String date(String english) {
        Matcher m = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Z][a-z]+) )?(\\d+)( BC)?")
                .matcher(english);
        if (!m.matches()) {
            return english;
        }
        StringBuilder out = new StringBuilder();
        if (m.group(4) != null) {
            out.append("기원전 ");
        }
        out.append(m.group(3)).append('년');
        if (m.group(2) != null) {
            int month = List.of(MONTHS).indexOf(m.group(2)) + 1;
            if (month == 0) {
                return english;
            }
            out.append(' ').append(month).append('월');
        }
        if (m.group(1) != null) {
            out.append(' ').append(m.group(1)).append('일');
        }
        return out.toString();
    }
}
