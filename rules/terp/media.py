"""Product tags and media (DOMAIN 2.3).

A product carries one to three tags (each pair once), tagged when the product was created; media (images mostly,
some documents such as COAs, a few videos) are uploaded after the product exists, with a size in bytes.
"""

from seeder.ruleset import Invariant, TableRule, Use, derived

EXTENSION = {"image": "jpg", "document": "pdf", "video": "mp4"}


class ProductTags(TableRule):
    """One to three tags a product, each pair once."""

    table = "productTags"
    reads = ("products", "tags")
    invariants = [
        Invariant("a product carries a tag at most once, from when the product exists",
                  "SELECT t.productId, t.tagId FROM productTags t JOIN products p ON p.id = t.productId "
                  "GROUP BY t.productId, t.tagId HAVING COUNT(*) > 1 OR MIN(t.createdAt) < MIN(p.createdAt)"),
    ]

    def expand(src, rng):
        tags = [t["id"] for t in src.rows("tags")]
        return [{"productId": p["id"], "tagId": tag, "createdAt": p["createdAt"]}
                for p in src.rows("products") for tag in rng.sample(tags, min(len(tags), rng.randint(1, 3)))]


class ProductMedia(TableRule):
    """Images, documents and videos of a product, uploaded after the product was created."""

    table = "productMedia"
    type = Use.choice(["image", "document", "video"], weights=[75, 20, 5])
    size = Use("number.range", low=50_000, high=8_000_000)
    invariants = [
        Invariant("product media are images, documents or videos, uploaded after their product exists",
                  "SELECT m.id FROM productMedia m JOIN products p ON p.id = m.productId "
                  "WHERE m.type NOT IN ('image', 'document', 'video') OR m.createdAt < p.createdAt OR m.size <= 0"),
    ]

    @derived("createdAt", after=["productId"])
    def created(row, rng):
        made = row.parent("productId")["createdAt"]
        return made + (max(made, row.window.end) - made) * rng.random() * 0.2

    @derived("filename", after=["productId", "type"])
    def filename(row, rng):
        return f"product-{row['productId']}-{rng.randint(1, 999):03d}.{EXTENSION[row['type']]}"

    @derived("url", after=["filename"])
    def url(row, rng):
        return f"https://media.terp.local/products/{row['filename']}"
