import json

from precis.cli import main


def test_summarize_json(tmp_path, capsys, english_text):
    path = tmp_path / "article.txt"
    path.write_text(english_text, encoding="utf-8")
    assert main(["summarize", str(path), "--sentences", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["language"]["code"] == "en"
    assert len(data["summary"]) == 2


def test_summarize_without_actors(tmp_path, capsys, seed_text):
    path = tmp_path / "article.txt"
    path.write_text(seed_text, encoding="utf-8")
    assert main(["summarize", str(path), "--no-actors"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["summary"] and data["actors"] == []


def test_summarize_text_from_stdin(monkeypatch, capsys, english_text):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(english_text))
    assert main(["summarize", "-", "--format", "text"]) == 0
    out = capsys.readouterr().out
    assert "Summary:" in out and "Key actors:" in out


def test_empty_input_is_an_error(tmp_path, capsys):
    path = tmp_path / "empty.txt"
    path.write_text("  ", encoding="utf-8")
    assert main(["summarize", str(path)]) == 2
    assert "empty" in capsys.readouterr().err


def test_serve_refuses_bad_config(monkeypatch, capsys):
    monkeypatch.setenv("PRECIS_PORT", "not-a-port")
    assert main(["serve"]) == 2
    assert "configuration error" in capsys.readouterr().err


def test_serve_runs_threaded_workers_without_a_control_socket(monkeypatch):
    import gunicorn.app.base

    started = []
    monkeypatch.setattr(gunicorn.app.base.BaseApplication, "run", lambda self: started.append(self))
    assert main(["serve", "--workers", "2"]) == 0
    (server,) = started
    assert server.cfg.worker_class_str == "precis.serving.PrecisWorker" and server.cfg.threads == 8
    assert server.cfg.control_socket_disable is True and server.cfg.workers == 2
    assert server.cfg.keepalive == 0  # every request goes to whichever worker is free
    assert server.cfg.worker_abort.__name__ == "log_worker_abort"


def test_many_files_give_one_json_line_each_in_order_and_go_past_a_bad_one(tmp_path, capsys, english_text):
    good, empty, missing = tmp_path / "a.txt", tmp_path / "empty.txt", tmp_path / "missing.txt"
    good.write_text(english_text, encoding="utf-8")
    empty.write_text("   ", encoding="utf-8")
    status = main(["summarize", str(good), str(empty), str(missing), str(good), "--jobs", "1", "--no-actors"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert status == 1  # some failed
    assert [line["id"] for line in lines] == [str(good), str(empty), str(missing), str(good)]
    assert lines[0]["summary"] and lines[3]["summary"] == lines[0]["summary"]
    assert lines[1]["error"]["code"] == "no_usable_text" and "cannot read" in lines[2]["error"]["message"]


def test_jsonl_stream_with_titles_html_and_bad_lines(tmp_path, capsys, monkeypatch, english_text):
    import io

    page = "<html><body><article>" + "".join(f"<p>{p}</p>" for p in english_text.split("\n\n")) + "</article>"
    stream = "\n".join(
        [
            json.dumps({"id": 7, "text": english_text, "title": "Council votes"}),
            "not json",
            json.dumps({"id": "both", "text": "x", "html": "y"}),
            json.dumps({"id": "page", "html": page + "</body></html>"}),
        ]
    )
    monkeypatch.setattr("sys.stdin", io.StringIO(stream))
    assert main(["summarize", "--jsonl", "-", "--jobs", "1", "--no-actors"]) == 1
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["id"] for line in lines] == [7, "line 2", "both", "page"]
    assert lines[0]["summary"] and "error" in lines[1] and "exactly one" in lines[2]["error"]["message"]
    assert lines[3]["summary"] and lines[3]["text"].startswith(english_text.split("\n")[0][:30])


def test_many_articles_on_several_processes_match_one_process(tmp_path, capsys, english_text, seed_text):
    paths = []
    for n, text in enumerate([english_text, seed_text, english_text]):
        paths.append(tmp_path / f"{n}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    args = ["summarize", *map(str, paths), "--no-actors", "--quiet"]
    assert main([*args, "--jobs", "1"]) == 0
    one = capsys.readouterr().out
    assert main([*args, "--jobs", "2"]) == 0
    two = capsys.readouterr().out

    def without_timings(out):
        return [{k: v for k, v in json.loads(line).items() if k != "timings_ms"} for line in out.splitlines()]

    assert without_timings(one) == without_timings(two) and len(one.splitlines()) == 3


def test_title_option_reaches_the_analysis(tmp_path, capsys, english_text, monkeypatch):
    import precis.batch

    seen = {}
    real = precis.batch.analyse
    monkeypatch.setattr(precis.batch, "analyse", lambda text, **kw: seen.update(kw) or real(text, **kw))
    path = tmp_path / "a.txt"
    path.write_text(english_text, encoding="utf-8")
    assert main(["summarize", str(path), "--title", "Council votes", "--no-actors"]) == 0
    assert seen["title"] == "Council votes"


def test_an_aborted_worker_leaves_a_json_line(caplog):
    import logging
    from types import SimpleNamespace

    from precis.cli import log_worker_abort

    with caplog.at_level(logging.ERROR, logger="precis.access"):
        log_worker_abort(SimpleNamespace(pid=4242))
    (record,) = [json.loads(r.getMessage()) for r in caplog.records if r.name == "precis.access"]
    assert record["event"] == "worker_aborted" and record["pid"] == 4242
