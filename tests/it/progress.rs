//! The Progress tab through the real binary: a PHQ-9 whose ninth answer is above 0 shows the
//! crisis lines before any score, then the questionnaire goes on and is kept.

use tempfile::TempDir;

use crate::pty::{ESC, Launch};

#[test]
fn phq9_item_nine_shows_the_crisis_lines_before_any_score() {
    let root = TempDir::new().expect("temp dir");
    let data = root.path().join("data");
    let tend = Launch::new(root.path()).data_dir(&data).spawn();
    tend.wait_for("Not yet today");
    tend.send("6");
    tend.wait_for("Trends");
    tend.send("P");
    tend.wait_for("PHQ-9 · 1 of 10");
    tend.wait_for("developed by Drs. Robert L. Spitzer");
    tend.send("00000000");
    tend.wait_for("9. Thoughts that you would be better off dead");
    tend.send("1");
    tend.wait_for("Crisis lines · you are not alone");
    tend.wait_for_wrapped("You said you have had thoughts of being better off dead");
    let screen = tend.screen();
    assert!(
        !screen.contains("your result") && !screen.contains("of 27"),
        "no score before the crisis lines:\n{screen}"
    );
    assert!(!data.join("assessments.ron").exists(), "nothing kept before the person has seen them");
    tend.send(ESC);
    tend.wait_for("PHQ-9 · 10 of 10");
    tend.send("0");
    tend.wait_for("1 of 27: the range studies call minimal");
    let kept: String =
        std::fs::read_to_string(data.join("assessments.ron")).expect("kept").split_whitespace().collect();
    assert!(kept.contains("scale:Phq9") && kept.contains("answers:[0,0,0,0,0,0,0,0,1,]"), "{kept}");
}
