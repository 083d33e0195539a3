/** The SDK's runnable examples; not a library. */
module org.rbm.examples {
  requires org.rbm.core;
  requires org.rbm.json;
  requires org.rbm.text;
  requires org.rbm.store;
  requires org.rbm.iati;
}
