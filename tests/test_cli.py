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


def test_serve_gives_each_worker_its_share_of_blas_threads(monkeypatch):
    """Workers × BLAS threads = cores, set in every worker after the fork (oversubscribed, 3x slower)."""
    import gunicorn.app.base
    import threadpoolctl

    started, limits = [], []
    monkeypatch.setattr(gunicorn.app.base.BaseApplication, "run", lambda self: started.append(self))
    monkeypatch.setattr(threadpoolctl, "threadpool_limits", lambda **kw: limits.append(kw))
    monkeypatch.setattr("os.cpu_count", lambda: 4)
    assert main(["serve", "--workers", "2"]) == 0
    (server,) = started
    server.cfg.post_fork(None, None)
    assert limits == [{"limits": 2, "user_api": "blas"}]
