package dev.timelineexplorer.io;

import java.util.List;

/** Files with one or more mistakes each, meant to bring out every kind of problem the readers report. */
final class ProblemCorpus {
    private ProblemCorpus() {}

    /** JSON files, read as {@code t.json}: the app's own format, then TimelineJS. */
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
            "{\"events\": [{\"start_date\": {\"year\": 99999}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950, \"month\": 2, \"day\": 30}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": \"1.5\"}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": true}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"month\": 3}, \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"H\"},"
                    + " \"media\": {\"url\": \"https://exa mple.org\"}}]}",
            "{\"events\": [{\"text\": {\"headline\": \"H\"}}], \"eras\": [{\"start_date\": {\"year\": 1950}}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"<p></p>\"},"
                    + " \"unique_id\": \"a\"}, {\"start_date\": {\"year\": 1951}, \"text\": {\"headline\": \"H\"},"
                    + " \"unique_id\": \"a\"}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"H\"}}]," + " \"events\": []}",
            "{\"title\": \"T\", \"events\": 5}",
            "{\"title\": {\"text\": {\"headline\": \"T\"}}, \"events\": [{\"start_date\": \"1950\","
                    + " \"text\": {\"headline\": \"H\"}}]}",
            "{\"events\": [{\"title\": null, \"start\": \"1950\"}]}",
            "{\"events\": [{\"start_date\": {\"year\": 1950}, \"text\": {\"headline\": \"H\"}}], \"extra\": 1}",
            // The app's own format again: addresses, dates, relationships, languages
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"url\": \"https://exa mple.org/\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"url\": \"https:///path\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"url\": \"http://[x\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965\", \"sources\": [{\"url\": \"\"}]}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965-04-31\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1965-04-00\"}]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"-44\"}]}",
            "{\"events\": [{\"id\": \"\", \"title\": \"X\", \"start\": \"1965\", \"sources\": \"s\","
                    + " \"countries\": [5], \"category\": 5}]}",
            "{\"relationship\": \"R\", \"relationships\": [{\"id\": \"rok\"}, {\"id\": \"rok\"}, {\"id\": \"has space\"},"
                    + " {\"name\": \"x\"}], \"countries\": [{\"code\": \"AU\", \"periods\": [{\"relationship\": \"prc\","
                    + " \"start\": \"1972\"}]}], \"events\": []}",
            "{\"countries\": [{\"code\": \"AU\", \"periods\": [{\"relationship\": \"prc\", \"start\": \"1972\"}]}],"
                    + " \"events\": []}",
            "{\"countries\": [{\"code\": \"VN\", \"periods\": [{\"start\": \"1956\", \"end\": \"1970-03\"},"
                    + " {\"start\": \"1965-06-22\"}]}], \"events\": []}",
            "{\"countries\": [{\"code\": \"VN\", \"periods\": [{\"start\": \"1956\", \"sources\":"
                    + " [{\"title\": \"S\", \"url\": \"mailto:x\"}, {\"title\": \"T\"}, 5]}]}], \"events\": []}",
            "{\"countries\": [{\"code\": \"KR\", \"flag\": 1, \"name\": {\"en\": \"Korea\", \"x y\": \"K\"}}],"
                    + " \"events\": []}",
            "{\"languages\": [\"en\", 5], \"title\": {\"en\": \"\"}, \"events\": []}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}], \"map\": 5, \"eras\": 5, \"categories\": {}}",
            "{\"events\": [{\"" + "x".repeat(1200) + "\": 1, \"title\": \"X\", \"start\": \"1950\"}]}",
            "{\"events\": [1e99999999999999999999999999999999999999999999999999999999999999999999999999999999999999"
                    + "99999999999999999999999999999999]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}, Saudi]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}, :]}",
            "{\"events\": [-x]}",
            "{\"events\": [{\"title\": \"X\", \"start\": \"1950\"}, \"x\" \"y\"]}");

    /** CSV files, read as {@code t.csv}: the app's own export, then the TimelineJS template. */
    static final List<String> CSV_FILES = List.of(
            "",
            "a,b\n1,2\n",
            "title,start,colour,title\nX,1950,red,Y\n",
            "title,start\nFirst,1950\n\"Second\"x,1951\n",
            "title,start\nFirst,1950\nSecond,\"1951\nThird,1952\n",
            "id,title,start,end,countries,source_urls\n"
                    + "a,X,1965-13,1960,KR;a b,https://exa mple.org\n"
                    + "a,,,,,\"ftp://x\nhttps:///y\"\n"
                    + "b,Y,1965,1964-02-30,,\n",
            "title,start\nX,1950\n\u00ff\n",
            "Year,Month,Day,Time,End Year,Headline,Media,Type,Sheep\n"
                    + "x,13,,,,H,,,\n"
                    + "1950,2,30,10:30,1940,H,https://exa mple.org,,\n"
                    + "1950,,3,,,,,,\n"
                    + "0,,,,,H,,era,\n"
                    + "99999,,,,,H,,title,\n");
}
