/**
 * What a document says, before it is laid out on a page (GB/T 9704: 标题, 主送机关, 正文, 附件说明).
 * The layout, the heading, the issuer, the date and the seal line come from the office's template
 * (templates/documents/); the words come from the records and the law (the composers beside this).
 */
export interface Composition {
  /** 标题, e.g. 行政复议受理通知书. */
  title: string;
  /** 主送: who it is addressed to, e.g. 张三 or 区市场监督管理局. */
  recipient: string;
  /** 正文, one string per paragraph, in order. */
  body: string[];
  /** 附件说明, e.g. ['行政复议申请书副本'], or none. */
  attachments: string[];
}
