//! Debug aid: prints, for the longest paragraph of a page, its ancestors with
//! their class and id, and the extracted blocks.
//!     cargo run --release -p recoupe-html --example why -- PAGE.html
fn main() {
    let path = std::env::args().nth(1).expect("a page");
    let bytes = std::fs::read(&path).expect("readable");
    let d = recoupe_html::charset::decode(&bytes, None);
    let dom = recoupe_html::dom::parse(&d.text);
    if let Some(n) = std::env::args().nth(2) {
        outline(&dom, n.parse().unwrap(), 0, std::env::args().nth(3).map_or(2, |d| d.parse().unwrap()));
        return;
    }
    let mut best = (0, 0);
    for id in dom.find_all("p") {
        let n = dom.inner_text(id).len();
        if n > best.1 {
            best = (id, n);
        }
    }
    let (roots, removed) = recoupe_html::extract::explain(&dom);
    for r in &roots {
        let e = dom.element(*r).unwrap();
        println!(
            "root {} {} class={:?} id={:?} chars={}",
            r,
            e.name,
            e.attr("class"),
            e.attr("id"),
            dom.inner_text(*r).len()
        );
    }
    let mut a = best.0;
    while a != recoupe_html::dom::NONE {
        if let Some(e) = dom.element(a) {
            print!("{} ", if removed[a as usize] { "REMOVED" } else { "" });
            println!("{} class={:?} id={:?} role={:?}", e.name, e.attr("class"), e.attr("id"), e.attr("role"));
        }
        a = dom.nodes[a as usize].parent;
    }
    for b in recoupe_html::extract::extract(&dom, None) {
        println!("(no ld) [{}] {}", b.kind.as_str(), b.text.chars().take(60).collect::<String>());
    }
    let page = recoupe_html::read(&d.text);
    println!("ld body: {:?}", page.meta.ld_body.as_deref().map(|b| b.chars().take(300).collect::<String>()));
    for b in &page.blocks {
        println!("[{}] {}", b.kind.as_str(), b.text.chars().take(100).collect::<String>());
    }
}

#[allow(dead_code)]
fn outline(dom: &recoupe_html::dom::Dom, id: u32, depth: usize, max: usize) {
    if depth > max {
        return;
    }
    for c in dom.children(id) {
        if let Some(e) = dom.element(c) {
            let t = dom.inner_text(c);
            let t: String = t.split_whitespace().collect::<Vec<_>>().join(" ").chars().take(70).collect();
            println!(
                "{}{} .{} #{} [{}] {t}",
                "  ".repeat(depth),
                e.name,
                e.attr("class").unwrap_or(""),
                e.attr("id").unwrap_or(""),
                c
            );
            outline(dom, c, depth + 1, max);
        }
    }
}
