package dev.timelineexplorer.io;

import java.util.List;

/** Files with one or more mistakes each, meant to bring out every kind of problem the readers report. */
final class ProblemCorpus {
    private ProblemCorpus() {}

    static final List<String> FILES = List.of(
            "",
            "[]",
            "{}",
            "{\"events\": {}}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965-13-01\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965-02-30\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"0000\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"65\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": 1965}]}",
            "{\"events\": [{\"title\": \"X\"}]}",
            "{\"events\": [{\"start\": \"1965\"}]}",
            "{\"events\": [{\"title\": \"\", \"start\": \"1965\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"end\": \"1960\"}]}",
            "{\"events\": [{\"id\": \"a\", \"title\": \"X\", \"start\": \"1965\"}, {\"id\": \"a\", \"title\": \"Y\","
                    + " \"start\": \"1966\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"countries\": [\"QQQ\"]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"countries\": [\"KR\", \"KR\"]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"category\": \"war\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"url\": \"javascript:alert(1)\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"title\": \"S\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"colour\": \"red\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"tags\": \"war\"}]}",
            "{\"events\": [{\"title\": \"X\", \"title\": \"Y\", \"start\": \"1965\"}]}",
            "{\"countries\": [{\"code\": \"KR\", \"color\": \"blue\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"KR\"}, {\"code\": \"KR\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"a b\"}], \"events\": []}",
            "{\"countries\": [{\"name\": \"X\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"KR\", \"kind\": \"state\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"KR\", \"region\": \"asia-pacific\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"UN\", \"kind\": \"organization\", \"region\": \"europe\"}], \"events\": []}",
            "{\"countries\": [{\"code\": \"VN\", \"periods\": [{\"start\": \"1975\", \"end\": \"1956\"}]}],"
                    + " \"events\": []}",
            "{\"countries\": [{\"code\": \"VN\", \"periods\": [{\"start\": \"1956\"}, {\"start\": \"1992\"}]}],"
                    + " \"events\": []}",
            "{\"countries\": [{\"code\": \"VN\", \"periods\": [{\"end\": \"1956\"}]}], \"events\": []}",
            "{\"categories\": [{\"id\": \"war\"}, {\"id\": \"war\"}], \"events\": []}",
            "{\"categories\": [{\"name\": \"War\"}], \"events\": []}",
            "{\"eras\": [{\"title\": \"E\", \"start\": \"1950\", \"end\": \"1940\"}], \"events\": []}",
            "{\"eras\": [{\"start\": \"1950\", \"end\": \"1960\"}], \"events\": []}",
            "{\"map\": {\"centralMeridian\": 200}, \"events\": []}",
            "{\"map\": {\"centralMeridian\": \"east\"}, \"events\": []}",
            "{\"languages\": [], \"events\": []}",
            "{\"languages\": [\"en\", \"en\"], \"events\": []}",
            "{\"languages\": [\"x y\"], \"events\": []}",
            "{\"languages\": [\"en\"], \"events\": [{\"title\": {\"fr\": \"Guerre\"}, \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": {}, \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": {\"en\": 5}, \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": 5, \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"},]}",
            "{\"events\": [{\"title\": \"X\" \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}]} extra",
            "{\"events\": [{\"title\": \"X\", // note\n \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\", \"n\": NaN}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"",
            "{\"events\": [" + "[".repeat(40) + "]".repeat(40) + "]}",
            "{\"events\": [{\"title\": \"a\tb\", \"start\": \"1950\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\", unquoted: 1}]}",
            // TimelineJS
            "{\"events\": [{\"start_date\": {\"year\": \"x\"}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950, \"month\": 13}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950, \"day\": 3}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 0}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950, \"hour\": 3}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"end_date\": {\"year\": 1940},"
                    + " \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"H\"},"
                    + " \"media\": {\"url\": \"ftp://x\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"H\"},"
                    + " \"media\": {\"caption\": \"c\"}}]}",
            "{\"scale\": \"cosmological\", \"events\": [{\"start_date\": {\"year\": 1950},"
                    + " \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": \"1950\", \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 99999}, \"text\": {\"headline\": \"H\"}}]}");
}
