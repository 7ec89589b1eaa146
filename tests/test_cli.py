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
