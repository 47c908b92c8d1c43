/** Lowercase, diacritics-free form for search: "Kim ngạch" -> "kim ngach", "Đường" -> "duong". */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
